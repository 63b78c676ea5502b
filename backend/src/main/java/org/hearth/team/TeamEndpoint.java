package org.hearth.team;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.agency.AgencyService;
import org.hearth.agency.PractitionerMatch;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/**
 * The app's team screens: the same use cases as GraphQL's team mutations, through the same service, and the
 * practitioner directory to add from.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class TeamEndpoint {

	private final TeamService teams;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	private final AgencyService agencies;

	TeamEndpoint(TeamService teams, EpisodeService episodes, CurrentCaller caller, AgencyService agencies) {
		this.teams = teams;
		this.episodes = episodes;
		this.caller = caller;
		this.agencies = agencies;
	}

	/**
	 * The practitioner directory, to add someone to a team: practitioners whose name or agency holds the text, at
	 * most twenty, each with their agency and job (directory data, as GraphQL's; a family member may not ask).
	 */
	public @NonNull List<@NonNull PractitionerMatch> findPractitioners(@NonNull String text) {
		return this.agencies.findPractitioners(text);
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
