package org.hearth.closure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.hearth.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class ClosureController {

	private final ClosureService closures;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	ClosureController(ClosureService closures, EpisodeService episodes, CurrentCaller caller) {
		this.closures = closures;
		this.episodes = episodes;
		this.caller = caller;
	}

	@MutationMapping
	EpisodePayload closeEpisode(@Argument CloseEpisodeInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.closures.close(caller, input), episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload stepUp(@Argument StepUpInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.closures.stepUp(caller, input), episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload transferOut(@Argument TransferOutInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.closures.transferOut(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@MutationMapping
	EpisodePayload withdrawConsent(@Argument WithdrawConsentInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.closures.withdrawConsent(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, Closure> closure(List<Episode> episodes) {
		return BatchResults.one(episodes, Episode::id,
				this.closures.ofEpisodes(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				Closure::episodeId);
	}

	@BatchMapping
	Map<Closure, List<String>> signposting(List<Closure> closures) {
		var signposts = this.closures.signposting(BatchResults.keys(closures, Closure::episodeId));
		Map<Closure, List<String>> result = new LinkedHashMap<>();
		closures.forEach(closure -> result.put(closure, signposts.getOrDefault(closure.episodeId(), List.of())));
		return result;
	}

}
