package org.hearth.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's own words: worries, good things and dreams.
 * @param version raised on every change, so that an edit from an older copy is checked field by field
 */
public record ChildVoice(UUID id, UUID assessmentId, UUID childId, @Nullable String worries,
		@Nullable String goodThings, @Nullable String dreams, int version) {
}
