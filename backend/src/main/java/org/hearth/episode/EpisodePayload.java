package org.hearth.episode;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hearth.graphql.Mutations;
import org.hearth.graphql.UserError;
import org.hearth.graphql.UserErrorException;
import org.jspecify.annotations.Nullable;

/** The answer to a mutation of an episode: the episode after it, or what to put right. */
public record EpisodePayload(@Nullable Episode episode, @Nullable List<ExistingPlanMatch> existingPlans,
		List<UserError> errors) {

	/** Runs a write of an episode: the episode as the caller now sees it, or what to put right. */
	public static EpisodePayload of(Supplier<UUID> write, Function<UUID, Optional<Episode>> read) {
		return Mutations.payloadOf(write, id -> new EpisodePayload(read.apply(id).orElse(null), null, List.of()),
				EpisodePayload::refused);
	}

	/** A refusal; a request for a child with an open episode carries the matches to join instead. */
	public static EpisodePayload refused(UserErrorException refusal) {
		return new EpisodePayload(null,
				(refusal instanceof PlanAlreadyOpenException open) ? open.matches() : null, refusal.errors());
	}

}
