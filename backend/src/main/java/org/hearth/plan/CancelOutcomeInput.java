package org.hearth.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code CancelOutcomeInput} (extension). */
public record CancelOutcomeInput(UUID outcomeId, String reason, int version, @Nullable UUID requestId) {
}
