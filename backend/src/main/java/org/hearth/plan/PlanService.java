package org.hearth.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import org.hearth.access.Caller;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.episode.EpisodeService;
import org.hearth.graphql.UserError;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans: outcomes and actions, visible exactly when their episode is, and the steps that change them. */
@Service
public class PlanService {

	private final PlanRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final Clock clock;

	PlanService(PlanRepository repository, EpisodeService episodes, Permissions permissions, ClientRequests requests,
			AuditService audit, Clock clock) {
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Moves an action on (started, done, cancelled, reopened). The lead's side may move any action; a team member,
	 * a family member or a partner system only actions they (or the partner's agency) own. A version older than the
	 * action's is fine unless someone else changed the status since: then the answer is CONFLICT with their value.
	 */
	@Transactional
	public Action updateActionStatus(Caller caller, UpdateActionStatusInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "updateActionStatus", input.requestId(), input);
		if (replayed.isPresent()) {
			return findAction(caller, replayed.get())
				.orElseThrow(() -> new AccessDeniedException("No action you may see has this id."));
		}
		PlanRepository.OwnedAction found = this.repository.ownedAction(input.actionId())
			.orElseThrow(() -> new AccessDeniedException("No action you may change has this id."));
		WriteAccess episode = this.permissions.lock(caller, found.episodeId(), Step.UPDATE_ACTION_STATUS,
				found.action().ownerMemberId());
		// Read again under the episode's lock: what the check saw is what gets changed.
		Action action = this.repository.action(input.actionId()).orElseThrow();
		if (input.version() > action.version()) {
			throw UserErrorException.of("version", "STALE_VERSION",
					"This is not a version of the action Hearth has given out. Read the action again.");
		}
		if (input.version() < action.version()) {
			this.audit.changesSince(action.id(), input.version())
				.stream()
				.filter(change -> change.field().equals("status"))
				.findFirst()
				.ifPresent(change -> {
					throw new UserErrorException(List.of(new UserError(List.of("input", "status"), "CONFLICT",
							"%s changed this action's status to %s since you read it.".formatted(change.changedBy(),
									change.value()),
							new UserError.Conflict(change.value(), change.changedBy(), change.changedAt()))));
				});
		}
		if (input.status() != action.status()) {
			if (!action.status().canBecome(input.status())) {
				throw UserErrorException.of("status", "INVALID_TRANSITION",
						"An action that is %s cannot become %s.".formatted(words(action.status()), words(input.status())));
			}
			LocalDate completedOn = (input.status() == ActionStatus.DONE) ? LocalDate.now(this.clock) : null;
			int version = this.repository.updateStatus(action, input.status(), completedOn);
			this.audit.recordWrite(caller, "updated an action's status", episode.familyId(), episode.episodeId(),
					new AuditService.Written("Action", action.id(), version, List.of(
							new AuditEvent.FieldChange("status", action.status().name(), input.status().name()),
							new AuditEvent.FieldChange("completedOn", text(action.completedOn()), text(completedOn)))));
			this.episodes.refreshNextDue(List.of(episode.episodeId()));
		}
		this.requests.answered(caller, "updateActionStatus", input.requestId(), input, action.id());
		return this.repository.action(action.id()).orElseThrow();
	}

	private static String words(ActionStatus status) {
		return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
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
