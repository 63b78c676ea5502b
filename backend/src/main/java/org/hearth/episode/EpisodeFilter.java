package org.hearth.episode;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Narrows a list of episodes; every part is optional. */
public record EpisodeFilter(@Nullable List<EpisodeStatus> status, @Nullable Boolean leadOnly,
		@Nullable Boolean overdueOnly, @Nullable Boolean teamOnly) {

	public static final EpisodeFilter NONE = new EpisodeFilter(null, null, null, null);

}
