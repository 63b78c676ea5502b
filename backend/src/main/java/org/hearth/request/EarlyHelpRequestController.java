package org.hearth.request;

import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class EarlyHelpRequestController {

	private final EarlyHelpRequests requests;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	EarlyHelpRequestController(EarlyHelpRequests requests, EpisodeService episodes, CurrentCaller caller) {
		this.requests = requests;
		this.episodes = episodes;
		this.caller = caller;
	}

	@MutationMapping
	EpisodePayload requestEarlyHelp(@Argument RequestEarlyHelpInput input) {
		Caller caller = this.caller.ofGraphQl();
		return EpisodePayload.of(() -> this.requests.request(caller, input),
				episode -> this.episodes.find(caller, episode));
	}

}
