package org.hearth.assessment;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code CompleteAssessmentInput}. */
public record CompleteAssessmentInput(UUID episodeId, @Nullable List<String> servicesInvolved, String summary,
		@Nullable Integer version, @Nullable UUID requestId) {
}
