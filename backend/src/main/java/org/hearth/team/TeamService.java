package org.hearth.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.episode.EpisodeService;
import org.hearth.system.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Teams Around the Family; a team member is visible exactly when their episode is. */
@Service
public class TeamService {

	private final TeamRepository repository;

	private final EpisodeService episodes;

	private final Clock clock;

	TeamService(TeamRepository repository, EpisodeService episodes, Clock clock) {
		this.repository = repository;
		this.episodes = episodes;
		this.clock = clock;
	}

	public List<TeamMember> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	public List<TeamMember> members(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.findAll(ids);
	}

	public Optional<TeamMember> find(Caller caller, UUID id) {
		return this.repository.find(id).filter(member -> this.episodes.find(caller, member.episodeId()).isPresent());
	}

	/** The practitioner who asked for early help leads the new team until someone takes over. */
	@Transactional(propagation = Propagation.MANDATORY)
	public TeamMember addInterimLead(UUID episodeId, UUID practitionerId) {
		TeamMember lead = new TeamMember(Ids.newId(), episodeId, practitionerId, null, "Interim lead (made the request)",
				true, LocalDate.now(this.clock), null);
		this.repository.insert(lead);
		return lead;
	}

	public List<Handover> handovers(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.handovers(episodeIds);
	}

	/** The practitioners on the episode's team now, but the caller: whom to tell of what the caller did in it. */
	public List<UUID> othersToTell(UUID episodeId, Caller caller) {
		UUID actor = (caller instanceof Caller.PractitionerCaller practitioner) ? practitioner.practitionerId() : null;
		return this.repository.ofEpisodes(List.of(episodeId))
			.stream()
			.filter(member -> member.leftOn() == null && member.practitionerId() != null)
			.map(TeamMember::practitionerId)
			.filter(practitioner -> !practitioner.equals(actor))
			.toList();
	}

}
