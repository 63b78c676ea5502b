package org.hearth.closure;

import java.util.List;
import java.util.UUID;

import org.hearth.plan.OutcomeProgressInput;
import org.jspecify.annotations.Nullable;

/** GraphQL {@code CloseEpisodeInput}, with the extension's {@code requestId}. */
public record CloseEpisodeInput(UUID episodeId, ClosureReason reason, String summary,
		List<OutcomeProgressInput> outcomeResults, @Nullable String familyFeedback, @Nullable String childFeedback,
		List<String> signposting, @Nullable UUID requestId) {
}
