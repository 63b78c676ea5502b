package org.hearth.episode;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The answer to a mutation of an episode: the episode after it, or what to put right. */
public record EpisodePayload(@Nullable Episode episode, @Nullable List<ExistingPlanMatch> existingPlans,
		List<UserError> errors) {

	public static EpisodePayload refused(List<UserError> errors) {
		return new EpisodePayload(null, null, errors);
	}

}
