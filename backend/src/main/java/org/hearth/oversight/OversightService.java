package org.hearth.oversight;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.Caller;
import org.hearth.access.PractitionerRole;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.episode.CaseloadEntry;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.Timescales;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What managers see of their team's work. */
@Service
public class OversightService {

	private final AgencyService agencies;

	private final EpisodeService episodes;

	private final TeamService teams;

	OversightService(AgencyService agencies, EpisodeService episodes, TeamService teams) {
		this.agencies = agencies;
		this.episodes = episodes;
		this.teams = teams;
	}

	/**
	 * The caller's team: each practitioner they manage with the open families they lead (as far as the caller may see
	 * them), what is overdue in each, and the counts. Only managers have a team.
	 * @throws AccessDeniedException for anyone who is not a manager
	 */
	public TeamCaseload teamCaseload(Caller caller) {
		if (!(caller instanceof Caller.PractitionerCaller manager) || !manager.hasRole(PractitionerRole.MANAGER)) {
			throw new AccessDeniedException("Only managers have a team's caseload.");
		}
		List<Practitioner> workers = this.agencies.managedBy(manager.practitionerId());
		List<Episode> led = this.episodes.openLedBy(caller, workers.stream().map(Practitioner::id).toList());
		Map<UUID, UUID> leadOf = this.teams.ofEpisodes(led.stream().map(Episode::id).toList())
			.stream()
			.filter(member -> member.isLead() && member.leftOn() == null && member.practitionerId() != null)
			.collect(Collectors.toMap(TeamMember::episodeId, TeamMember::practitionerId, (one, other) -> one));
		Map<Episode, Timescales> due = this.episodes.timescales(led);
		Map<String, CaseloadEntry> entries = this.episodes.entries(led)
			.stream()
			.collect(Collectors.toMap(CaseloadEntry::episodeId, Function.identity()));
		return new TeamCaseload(workers.stream().map(worker -> {
			List<Episode> theirs = led.stream().filter(episode -> worker.id().equals(leadOf.get(episode.id()))).toList();
			List<Timescales> late = theirs.stream().map(due::get).toList();
			return new TeamCaseload.Worker(worker.id().toString(), worker.name(), worker.jobTitle(), theirs.size(),
					(int) late.stream().filter(Timescales::assessmentOverdue).count(),
					(int) late.stream().filter(Timescales::initialMeetingOverdue).count(),
					(int) late.stream().filter(Timescales::reviewOverdue).count(),
					late.stream().mapToInt(Timescales::overdueActions).sum(),
					theirs.stream().map(episode -> entries.get(episode.id().toString())).toList());
		}).toList());
	}

}
