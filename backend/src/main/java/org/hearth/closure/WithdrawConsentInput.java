package org.hearth.closure;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code WithdrawConsentInput}, with the extension's {@code requestId}. */
public record WithdrawConsentInput(UUID episodeId, UUID givenByPersonId, String reason, @Nullable UUID requestId) {
}
