package org.hearth.request;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.ExistingPlanMatch;
import org.jspecify.annotations.NonNull;

/**
 * The app's request form: the existing-plan check first (GraphQL's {@code existingPlans}), then the request (GraphQL's
 * {@code requestEarlyHelp}), each through the same service as GraphQL.
 */
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

	/**
	 * Open plans for a child with this name and date of birth, each with how to reach its lead, so the worker contacts
	 * the lead instead of asking again; practitioners only (the service refuses anyone else).
	 */
	public @NonNull List<@NonNull ExistingPlanMatch> existingPlans(@NonNull String givenName,
			@NonNull String familyName, @NonNull LocalDate dateOfBirth) {
		return AppCalls.refusingPlainly(
				() -> this.episodes.existingPlans(this.caller.ofSpa(), givenName, familyName, dateOfBirth));
	}

}
