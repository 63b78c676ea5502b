package org.hearth.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code EpisodeRefInput}, as {@code startAssessment} takes it. */
public record StartAssessmentInput(UUID episodeId, @Nullable Integer version, @Nullable UUID requestId) {
}
