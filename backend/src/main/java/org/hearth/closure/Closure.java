package org.hearth.closure;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The close of an episode; a transfer to another authority when the family moved away. */
public record Closure(UUID episodeId, LocalDate closedOn, ClosureReason reason, String summary,
		@Nullable String familyFeedback, @Nullable String childFeedback, @Nullable Transfer transfer) {
}
