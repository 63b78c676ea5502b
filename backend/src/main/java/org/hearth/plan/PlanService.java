package org.hearth.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.access.Caller;
import org.hearth.episode.EpisodeService;
import org.springframework.stereotype.Service;

/** Reads plans; outcomes and actions are visible exactly when their episode is. */
@Service
public class PlanService {

	private final PlanRepository repository;

	private final EpisodeService episodes;

	private final Clock clock;

	PlanService(PlanRepository repository, EpisodeService episodes, Clock clock) {
		this.repository = repository;
		this.episodes = episodes;
		this.clock = clock;
	}

	public List<Outcome> outcomesOfEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.outcomesOfEpisodes(episodeIds);
	}

	public List<Outcome> outcomes(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.outcomes(ids);
	}

	public List<Action> actionsOfOutcomes(Collection<UUID> outcomeIds) {
		return outcomeIds.isEmpty() ? List.of() : this.repository.actionsOfOutcomes(outcomeIds);
	}

	public Optional<Outcome> findOutcome(Caller caller, UUID id) {
		return this.repository.outcomes(List.of(id))
			.stream()
			.findFirst()
			.filter(outcome -> this.episodes.find(caller, outcome.episodeId()).isPresent());
	}

	public Optional<Action> findAction(Caller caller, UUID id) {
		return this.repository.action(id)
			.filter(action -> findOutcome(caller, action.outcomeId()).isPresent());
	}

	/** An unfinished action is overdue the day after its due date. */
	public boolean isOverdue(Action action) {
		return !action.status().isFinished() && LocalDate.now(this.clock).isAfter(action.dueDate());
	}

}
