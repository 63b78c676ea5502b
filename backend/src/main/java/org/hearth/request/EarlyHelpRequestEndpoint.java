package org.hearth.request;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/** The app's request form: the same use case as GraphQL's {@code requestEarlyHelp}, through the same service. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class EarlyHelpRequestEndpoint {

	private final EarlyHelpRequests requests;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	EarlyHelpRequestEndpoint(EarlyHelpRequests requests, EpisodeService episodes, CurrentCaller caller) {
		this.requests = requests;
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull EpisodePayload requestEarlyHelp(@NonNull RequestEarlyHelpInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.requests.request(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

}
