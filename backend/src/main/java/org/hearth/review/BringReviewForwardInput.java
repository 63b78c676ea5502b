package org.hearth.review;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code BringReviewForwardInput} (extension). */
public record BringReviewForwardInput(UUID episodeId, LocalDate to, String reason, @Nullable UUID requestId) {
}
