package org.hearth.plan;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code UpdateActionStatusInput}. */
public record UpdateActionStatusInput(UUID actionId, ActionStatus status, int version, @Nullable UUID requestId) {
}
