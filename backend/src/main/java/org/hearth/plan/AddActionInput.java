package org.hearth.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code AddActionInput}: what a team member will do towards an outcome, and by when. */
public record AddActionInput(@Nullable UUID id, UUID outcomeId, String description, UUID ownerTeamMemberId,
		LocalDate dueDate) {
}
