package org.hearth.comment;

import java.time.Instant;
import java.util.UUID;

/**
 * A family member's comment on their plan.
 * @param recordedOnBehalf a practitioner wrote it down for the family member who said it
 */
public record FamilyComment(UUID id, UUID episodeId, UUID authorId, Instant writtenAt, String text,
		boolean recordedOnBehalf) {
}
