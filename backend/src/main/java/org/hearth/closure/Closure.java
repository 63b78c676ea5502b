package org.hearth.closure;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The close of an episode. */
public record Closure(UUID episodeId, LocalDate closedOn, ClosureReason reason, String summary,
		@Nullable String familyFeedback, @Nullable String childFeedback) {
}
