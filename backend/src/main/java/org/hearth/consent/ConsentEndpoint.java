package org.hearth.consent;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/** The app's consent capture: the same use case as GraphQL's {@code recordConsent}, through the same service. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class ConsentEndpoint {

	private final ConsentService consents;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	ConsentEndpoint(ConsentService consents, EpisodeService episodes, CurrentCaller caller) {
		this.consents = consents;
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull EpisodePayload recordConsent(@NonNull RecordConsentInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.consents.record(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

}
