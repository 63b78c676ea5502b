package org.hearth.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.episode.EpisodeService;
import org.springframework.stereotype.Service;

/** Reads assessments; each is visible exactly when its episode is. */
@Service
public class AssessmentService {

	private final AssessmentRepository repository;

	private final EpisodeService episodes;

	AssessmentService(AssessmentRepository repository, EpisodeService episodes) {
		this.repository = repository;
		this.episodes = episodes;
	}

	public List<Assessment> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	public Optional<Assessment> find(Caller caller, UUID id) {
		return this.repository.find(id)
			.filter(assessment -> this.episodes.find(caller, assessment.episodeId()).isPresent());
	}

	public Map<UUID, List<String>> servicesInvolved(Collection<UUID> assessmentIds) {
		return assessmentIds.isEmpty() ? Map.of() : this.repository.servicesInvolved(assessmentIds);
	}

	public List<PersonView> views(Collection<UUID> assessmentIds) {
		return assessmentIds.isEmpty() ? List.of() : this.repository.views(assessmentIds);
	}

	public List<ChildVoice> childVoices(Collection<UUID> assessmentIds) {
		return assessmentIds.isEmpty() ? List.of() : this.repository.childVoices(assessmentIds);
	}

}
