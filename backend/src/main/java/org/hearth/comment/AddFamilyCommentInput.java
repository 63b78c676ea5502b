package org.hearth.comment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code AddFamilyCommentInput}; {@code personId} names who said it when a practitioner records it;
 * {@code hiddenFromYoungPeople} (false when left out) keeps it from the family's young people.
 */
public record AddFamilyCommentInput(@Nullable UUID id, UUID episodeId, String text, @Nullable UUID personId,
		@Nullable Boolean hiddenFromYoungPeople) {
}
