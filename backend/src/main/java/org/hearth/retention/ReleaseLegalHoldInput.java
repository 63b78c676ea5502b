package org.hearth.retention;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code ReleaseLegalHoldInput} (extension). */
public record ReleaseLegalHoldInput(UUID familyId, String reason, @Nullable UUID requestId) {
}
