package org.hearth.assessment;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code CompleteAssessmentInput}, with the needs the assessment found ({@code needAreaCodes}, an extension:
 * null leaves them as they are).
 */
public record CompleteAssessmentInput(UUID episodeId, @Nullable List<String> servicesInvolved, String summary,
		@Nullable Integer version, @Nullable UUID requestId, @Nullable List<String> needAreaCodes) {
}
