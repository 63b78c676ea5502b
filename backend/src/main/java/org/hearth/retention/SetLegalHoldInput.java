package org.hearth.retention;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code SetLegalHoldInput} (extension). */
public record SetLegalHoldInput(UUID familyId, String reason, @Nullable UUID requestId) {
}
