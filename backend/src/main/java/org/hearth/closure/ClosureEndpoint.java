package org.hearth.closure;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/**
 * The app's ways to end an episode: the same use cases as GraphQL's {@code closeEpisode}, {@code stepUp},
 * {@code withdrawConsent} and {@code transferOut}, through the same service.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class ClosureEndpoint {

	private final ClosureService closures;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	ClosureEndpoint(ClosureService closures, EpisodeService episodes, CurrentCaller caller) {
		this.closures = closures;
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull EpisodePayload closeEpisode(@NonNull CloseEpisodeInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.closures.close(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload stepUp(@NonNull StepUpInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.closures.stepUp(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	/** Also for a family member, who withdraws their own consent in their app (the service's rule says so). */
	@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM", "FAMILY_MEMBER" })
	public @NonNull EpisodePayload withdrawConsent(@NonNull WithdrawConsentInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.closures.withdrawConsent(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload transferOut(@NonNull TransferOutInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.closures.transferOut(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

}
