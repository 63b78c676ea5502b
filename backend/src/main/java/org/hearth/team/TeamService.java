package org.hearth.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.episode.EpisodeService;
import org.springframework.stereotype.Service;

/** Reads teams; a team member is visible exactly when their episode is. */
@Service
public class TeamService {

	private final TeamRepository repository;

	private final EpisodeService episodes;

	TeamService(TeamRepository repository, EpisodeService episodes) {
		this.repository = repository;
		this.episodes = episodes;
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

	public List<Handover> handovers(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.handovers(episodeIds);
	}

}
