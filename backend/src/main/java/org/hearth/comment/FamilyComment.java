package org.hearth.comment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A family member's comment on their plan.
 * @param recordedOnBehalf a practitioner wrote it down for the family member who said it
 * @param hiddenFromYoungPeople the family's young people do not see it (unless they wrote it); null for a reader who
 * is not told (a family member who did not write it)
 */
public record FamilyComment(UUID id, UUID episodeId, UUID authorId, Instant writtenAt, String text,
		boolean recordedOnBehalf, @Nullable Boolean hiddenFromYoungPeople) {
}
