package org.hearth.team;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/** The app's team screens: the same use cases as GraphQL's team mutations, through the same service. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class TeamEndpoint {

	private final TeamService teams;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	TeamEndpoint(TeamService teams, EpisodeService episodes, CurrentCaller caller) {
		this.teams = teams;
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull EpisodePayload addTeamMember(@NonNull AddTeamMemberInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.teams.addMember(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload handOverLead(@NonNull HandOverLeadInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.teams.handOverLead(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

	public @NonNull EpisodePayload removeTeamMember(@NonNull RemoveTeamMemberInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.teams.removeMember(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

}
