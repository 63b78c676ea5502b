package org.hearth.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The family's assessment for one episode. */
public record Assessment(UUID id, UUID episodeId, LocalDate startedOn, @Nullable LocalDate completedOn,
		@Nullable String summary, boolean fromSocialCare, @Nullable String socialCareReference, int version) {
}
