package org.hearth.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code UpdateActionInput}: the fields to change, the others left out. */
public record UpdateActionInput(UUID actionId, int version, @Nullable String description, @Nullable LocalDate dueDate,
		@Nullable UUID requestId) {
}
