package org.hearth.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.transaction.annotation.Propagation;
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
		refuseConflicts(action, input.version(), Map.of("status", input.status().name()));
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

	/**
	 * Changes an action's description or due date. A field someone else changed since the caller's version is a
	 * CONFLICT (nothing is written); other fields changed since do not stop the change.
	 */
	@Transactional
	public Action updateAction(Caller caller, UpdateActionInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "updateAction", input.requestId(), input);
		if (replayed.isPresent()) {
			return findAction(caller, replayed.get())
				.orElseThrow(() -> new AccessDeniedException("No action you may see has this id."));
		}
		PlanRepository.OwnedAction found = this.repository.ownedAction(input.actionId())
			.orElseThrow(() -> new AccessDeniedException("No action you may change has this id."));
		WriteAccess episode = this.permissions.lock(caller, found.episodeId(), Step.UPDATE_ACTION,
				found.action().ownerMemberId());
		Action action = this.repository.action(input.actionId()).orElseThrow();
		Map<String, String> changing = new LinkedHashMap<>();
		if (input.description() != null && !input.description().strip().equals(action.description())) {
			if (input.description().isBlank()) {
				throw UserErrorException.of("description", "REQUIRED", "Say what will be done.");
			}
			changing.put("description", input.description().strip());
		}
		if (input.dueDate() != null && !input.dueDate().equals(action.dueDate())) {
			Outcome outcome = this.repository.outcomes(List.of(action.outcomeId())).getFirst();
			if (input.dueDate().isAfter(outcome.targetDate())) {
				throw UserErrorException.of("dueDate", "DUE_AFTER_TARGET",
						"An action is due by its outcome's target date, %s.".formatted(outcome.targetDate()));
			}
			changing.put("dueDate", input.dueDate().toString());
		}
		refuseConflicts(action, input.version(), changing);
		if (!changing.isEmpty()) {
			String description = changing.getOrDefault("description", action.description());
			LocalDate dueDate = (input.dueDate() != null) ? input.dueDate() : action.dueDate();
			int version = this.repository.updateDetails(action, description, dueDate);
			List<AuditEvent.FieldChange> changes = new ArrayList<>();
			if (changing.containsKey("description")) {
				changes.add(new AuditEvent.FieldChange("description", action.description(), description));
			}
			if (changing.containsKey("dueDate")) {
				changes.add(new AuditEvent.FieldChange("dueDate", action.dueDate().toString(), dueDate.toString()));
			}
			this.audit.recordWrite(caller, "edited an action", episode.familyId(), episode.episodeId(),
					new AuditService.Written("Action", action.id(), version, changes));
			this.episodes.refreshNextDue(List.of(episode.episodeId()));
		}
		this.requests.answered(caller, "updateAction", input.requestId(), input, action.id());
		return this.repository.action(action.id()).orElseThrow();
	}

	/**
	 * Refuses a write made from an old version when someone has changed, since that version, a field it changes:
	 * one CONFLICT per such field, carrying the other person's value, who and when. Fields the write leaves alone
	 * may have moved on.
	 */
	private void refuseConflicts(Action action, int version, Map<String, String> changing) {
		if (version > action.version()) {
			throw UserErrorException.of("version", "STALE_VERSION",
					"This is not a version of the action Hearth has given out. Read the action again.");
		}
		if (version == action.version() || changing.isEmpty()) {
			return;
		}
		List<UserError> conflicts = this.audit.changesSince(action.id(), version)
			.stream()
			.filter(change -> changing.containsKey(change.field()))
			// Someone else already made the same change: nothing to choose between.
			.filter(change -> !Objects.equals(change.value(), changing.get(change.field())))
			.map(change -> new UserError(List.of("input", change.field()), "CONFLICT",
					"%s changed this action's %s to %s since you read it.".formatted(change.changedBy(),
							change.field(), change.value()),
					new UserError.Conflict(change.value(), change.changedBy(), change.changedAt())))
			.toList();
		if (!conflicts.isEmpty()) {
			throw new UserErrorException(conflicts);
		}
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

	/** Whether the plan has an outcome with an action not cancelled: the least an initial meeting agrees. */
	public boolean hasAgreedAction(UUID episodeId) {
		return this.repository.hasLiveAction(episodeId);
	}

	/**
	 * Sets outcomes' statuses, as a review's progress or a closure's results, in that step's transaction, audited.
	 * The caller has checked that each outcome belongs to the episode.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void setOutcomeStatuses(Caller caller, WriteAccess episode, String operation,
			Map<UUID, OutcomeStatus> statuses) {
		List<Outcome> changing = this.repository.outcomes(statuses.keySet())
			.stream()
			.filter(outcome -> outcome.status() != statuses.get(outcome.id()))
			.toList();
		if (changing.isEmpty()) {
			return;
		}
		Map<UUID, OutcomeStatus> changes = new LinkedHashMap<>();
		changing.forEach(outcome -> changes.put(outcome.id(), statuses.get(outcome.id())));
		this.repository.setOutcomeStatuses(changes);
		this.audit.recordWrites(caller, operation, episode.familyId(), episode.episodeId(), changing.stream()
			.map(outcome -> new AuditService.Written("Outcome", outcome.id(), outcome.version() + 1,
					List.of(new AuditEvent.FieldChange("status", outcome.status().name(),
							statuses.get(outcome.id()).name()))))
			.toList());
	}

	/** Cancels every unfinished action of an episode that is closing, audited; nothing is deleted. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void cancelUnfinishedActions(Caller caller, WriteAccess episode, String operation) {
		List<Action> unfinished = this.repository.unfinishedActions(episode.episodeId());
		if (unfinished.isEmpty()) {
			return;
		}
		this.repository.cancel(unfinished.stream().map(Action::id).toList());
		this.audit.recordWrites(caller, operation, episode.familyId(), episode.episodeId(), unfinished.stream()
			.map(action -> new AuditService.Written("Action", action.id(), action.version() + 1,
					List.of(new AuditEvent.FieldChange("status", action.status().name(),
							ActionStatus.CANCELLED.name()))))
			.toList());
	}

	/** An unfinished action is overdue the day after its due date. */
	public boolean isOverdue(Action action) {
		return !action.status().isFinished() && LocalDate.now(this.clock).isAfter(action.dueDate());
	}

}
