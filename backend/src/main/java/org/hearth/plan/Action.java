package org.hearth.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Something a team member will do towards an outcome, by a date. */
public record Action(UUID id, UUID outcomeId, String description, UUID ownerMemberId, LocalDate dueDate,
		ActionStatus status, @Nullable LocalDate completedOn, int version) {
}
