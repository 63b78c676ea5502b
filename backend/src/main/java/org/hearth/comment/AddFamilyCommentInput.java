package org.hearth.comment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code AddFamilyCommentInput}; {@code personId} names who said it when a practitioner records it. */
public record AddFamilyCommentInput(@Nullable UUID id, UUID episodeId, String text, @Nullable UUID personId) {
}
