package org.hearth.comment;

import java.time.Instant;
import java.util.UUID;

/** A family member's comment on their plan. */
public record FamilyComment(UUID id, UUID episodeId, UUID authorId, Instant writtenAt, String text) {
}
