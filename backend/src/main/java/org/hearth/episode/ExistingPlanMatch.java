package org.hearth.episode;

import org.jspecify.annotations.Nullable;

/** What the existing-plan check may reveal: that an open plan exists, and how to reach its lead. */
public record ExistingPlanMatch(String episodeReference, EpisodeStatus status, @Nullable String leadName,
		@Nullable String leadAgency, @Nullable String leadContact) {
}
