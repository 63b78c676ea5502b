package org.hearth.team;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code HandOverLeadInput}, with the request id (extension) that makes sending it twice safe. */
public record HandOverLeadInput(UUID episodeId, UUID toTeamMemberId, boolean familyConsulted, @Nullable String notes,
		@Nullable UUID requestId) {
}
