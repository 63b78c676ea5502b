package org.hearth.team;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code RemoveTeamMemberInput} (extension): a place on a team that ends today. */
public record RemoveTeamMemberInput(UUID teamMemberId, @Nullable UUID requestId) {
}
