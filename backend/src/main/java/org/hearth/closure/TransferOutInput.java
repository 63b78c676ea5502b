package org.hearth.closure;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code TransferOutInput} (extension): the family moved, and the case goes to their new authority. */
public record TransferOutInput(UUID episodeId, String receivingAuthority, String contact, String recordsSent,
		@Nullable String summary, @Nullable UUID requestId) {
}
