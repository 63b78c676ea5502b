package org.hearth.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person's worries, strengths and wishes, marked as opinion where it is not evidence.
 * @param version raised on every change, so that an edit from an older copy is checked field by field
 */
public record PersonView(UUID id, UUID assessmentId, UUID personId, @Nullable String worries,
		@Nullable String strengths, @Nullable String wishes, boolean isOpinion, int version) {
}
