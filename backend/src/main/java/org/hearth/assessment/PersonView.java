package org.hearth.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One person's worries, strengths and wishes, marked as opinion where it is not evidence. */
public record PersonView(UUID id, UUID assessmentId, UUID personId, @Nullable String worries,
		@Nullable String strengths, @Nullable String wishes, boolean isOpinion) {
}
