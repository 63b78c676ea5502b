package org.hearth.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code UpdateOutcomeInput} (extension): the parts to change, the others left out. */
public record UpdateOutcomeInput(UUID outcomeId, int version, @Nullable String description, @Nullable String measure,
		@Nullable LocalDate targetDate, @Nullable UUID requestId) {
}
