package org.hearth.closure;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code StepUpInput}, with the extension's {@code requestId}. */
public record StepUpInput(UUID episodeId, String reason, @Nullable String socialCareReference,
		@Nullable UUID requestId) {
}
