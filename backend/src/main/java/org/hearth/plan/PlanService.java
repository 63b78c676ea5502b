package org.hearth.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.FamilyMemberKind;
import org.hearth.access.Permissions;
import org.hearth.access.Step;
import org.hearth.access.Visibility;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.EpisodeStatus;
import org.hearth.family.FamilyService;
import org.hearth.graphql.UserError;
import org.hearth.graphql.UserErrorException;
import org.hearth.notification.NotificationService;
import org.hearth.policy.Policy;
import org.hearth.policy.PolicyService;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Plans: outcomes and actions, visible exactly when their episode is, and the steps that change them. */
@Service
public class PlanService {

	/** A plan is made once the assessment is complete, and changed while it is carried out. */
	private static final Set<String> PLAN_OPEN = Set.of(EpisodeStatus.PLANNING.name(), EpisodeStatus.ACTIVE.name());

	/** Fewer characters than this cannot say specifically what will be different, or how anyone will know. */
	private static final int MIN_SMART_TEXT = 10;

	private final PlanRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final NotificationService notifications;

	private final PolicyService policies;

	private final FamilyService families;

	private final TeamService teams;

	private final Clock clock;

	private final AccessService access;

	PlanService(PlanRepository repository, EpisodeService episodes, Permissions permissions, ClientRequests requests,
			AuditService audit, NotificationService notifications, PolicyService policies, FamilyService families,
			TeamService teams, Clock clock, AccessService access) {
		this.access = access;
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.notifications = notifications;
		this.policies = policies;
		this.families = families;
		this.teams = teams;
		this.clock = clock;
	}

	/**
	 * Adds a SMART outcome to the plan while the plan is being made or carried out. Each part that is not SMART is
	 * named in its own NOT_SMART error (all of them at once, so the form can show them together): an active need
	 * area; a description and a measure each worth the name, and not the same words; a target after today and
	 * within the policy's outcome horizon.
	 */
	@Transactional
	public Outcome addOutcome(Caller caller, AddOutcomeInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "addOutcome", input.id(), input);
		if (replayed.isPresent()) {
			return replayedOutcome(caller, replayed.get());
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.ADD_TO_PLAN, null);
		if (!PLAN_OPEN.contains(episode.status())) {
			throw UserErrorException.of(null, "NOT_PLANNING",
					"Outcomes are added once the assessment is complete: while the plan is made or carried out.");
		}
		String description = input.description().strip();
		String measure = input.measure().strip();
		List<UserError> notSmart = notSmart(input.needAreaCode(), description, measure, input.targetDate());
		if (!notSmart.isEmpty()) {
			throw new UserErrorException(notSmart);
		}
		if (input.forPersonId() != null && this.families.people(List.of(input.forPersonId()))
			.stream()
			.noneMatch(person -> person.familyId().equals(episode.familyId()))) {
			throw UserErrorException.of("forPersonId", "NOT_IN_FAMILY", "This person is not a member of this family.");
		}
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		Outcome outcome = new Outcome(id, episode.episodeId(), input.forPersonId(), input.needAreaCode(), description,
				measure, input.targetDate(), OutcomeStatus.OPEN, 0);
		try {
			this.repository.insert(outcome, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "added an outcome", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Outcome", id, 0,
						List.of(new AuditEvent.FieldChange("needAreaCode", null, outcome.needAreaCode()),
								new AuditEvent.FieldChange("description", null, description),
								new AuditEvent.FieldChange("measure", null, measure),
								new AuditEvent.FieldChange("targetDate", null, outcome.targetDate().toString()),
								new AuditEvent.FieldChange("forPersonId", null, text(outcome.forPersonId())))));
		this.requests.answered(caller, "addOutcome", input.id(), input, id);
		return outcome;
	}

	/**
	 * What is not SMART about an outcome, one NOT_SMART error per part: an active need area; a description and a
	 * measure each worth the name, and not the same words; a target after today and within the policy's outcome
	 * horizon.
	 */
	private List<UserError> notSmart(String needAreaCode, String description, String measure, LocalDate targetDate) {
		Policy policy = this.policies.current();
		List<UserError> notSmart = new ArrayList<>();
		if (policy.needAreas().stream().noneMatch(area -> area.code().equals(needAreaCode))) {
			notSmart.add(notSmart("needAreaCode", "Choose one of the policy's need areas."));
		}
		if (description.length() < MIN_SMART_TEXT) {
			notSmart.add(notSmart("description",
					"Say specifically what will be different, in at least %d characters.".formatted(MIN_SMART_TEXT)));
		}
		if (measure.length() < MIN_SMART_TEXT) {
			notSmart.add(notSmart("measure",
					"Say how everyone will know it has happened, in at least %d characters.".formatted(MIN_SMART_TEXT)));
		}
		else if (sameWords(description, measure)) {
			notSmart.add(notSmart("measure", "The measure says how progress will be seen, not the outcome again."));
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate horizon = today.plusDays(policy.outcomeHorizonDays());
		if (!targetDate.isAfter(today) || targetDate.isAfter(horizon)) {
			notSmart.add(notSmart("targetDate",
					"Set a target after today and no later than %s.".formatted(horizon)));
		}
		return notSmart;
	}

	private static UserError notSmart(String field, String message) {
		return new UserError(List.of("input", field), "NOT_SMART", message, null);
	}

	/**
	 * Changes what an outcome says, how it is measured or its target date, while the plan is open. The parts sent
	 * pass the checks {@link #addOutcome} makes (a new description is checked against the measure too); a field
	 * someone else changed since the caller's version is a CONFLICT; a target date before an unfinished action is
	 * due is ACTIONS_DUE_AFTER_TARGET.
	 */
	@Transactional
	public Outcome updateOutcome(Caller caller, UpdateOutcomeInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "updateOutcome", input.requestId(), input);
		if (replayed.isPresent()) {
			return replayedOutcome(caller, replayed.get());
		}
		WriteAccess episode = this.permissions.lock(caller, episodeOf(input.outcomeId()), Step.CHANGE_PLAN, null);
		Outcome outcome = changeableOutcome(episode, input.outcomeId());
		String description = (input.description() != null) ? input.description().strip() : outcome.description();
		String measure = (input.measure() != null) ? input.measure().strip() : outcome.measure();
		LocalDate targetDate = (input.targetDate() != null) ? input.targetDate() : outcome.targetDate();
		Map<String, String> before = Map.of("description", outcome.description(), "measure", outcome.measure(),
				"targetDate", outcome.targetDate().toString());
		Map<String, String> after = Map.of("description", description, "measure", measure, "targetDate",
				targetDate.toString());
		Map<String, String> changing = new LinkedHashMap<>();
		for (String field : List.of("description", "measure", "targetDate")) {
			if (!after.get(field).equals(before.get(field))) {
				changing.put(field, after.get(field));
			}
		}
		Set<String> checked = new HashSet<>(changing.keySet());
		if (checked.contains("description")) {
			// A new description is SMART only with a measure that says something else.
			checked.add("measure");
		}
		List<UserError> notSmart = notSmart(outcome.needAreaCode(), description, measure, targetDate).stream()
			.filter(error -> checked.contains(error.field().getLast()))
			.toList();
		if (!notSmart.isEmpty()) {
			throw new UserErrorException(notSmart);
		}
		if (changing.containsKey("targetDate") && this.repository.unfinishedActionsOfOutcome(outcome.id())
			.stream()
			.anyMatch(action -> action.dueDate().isAfter(targetDate))) {
			throw UserErrorException.of("targetDate", "ACTIONS_DUE_AFTER_TARGET",
					"An action of this outcome is due after %s: move it first.".formatted(targetDate));
		}
		this.audit.refuseConflicts("outcome", outcome.id(), outcome.version(), input.version(), changing);
		if (!changing.isEmpty()) {
			int version = this.repository.updateDetails(outcome, description, measure, targetDate);
			this.audit.recordWrite(caller, "edited an outcome", episode.familyId(), episode.episodeId(),
					new AuditService.Written("Outcome", outcome.id(), version, changing.entrySet()
						.stream()
						.map(change -> new AuditEvent.FieldChange(change.getKey(), before.get(change.getKey()),
								change.getValue()))
						.toList()));
		}
		this.requests.answered(caller, "updateOutcome", input.requestId(), input, outcome.id());
		return this.repository.outcomes(List.of(outcome.id())).getFirst();
	}

	/**
	 * Takes an open outcome off the plan as no longer needed, saying why (the reason is kept in the audit trail), and
	 * cancels its unfinished actions; nothing is deleted. Sent from an old version, it is a CONFLICT only when someone
	 * else changed the outcome's status since.
	 */
	@Transactional
	public Outcome cancelOutcome(Caller caller, CancelOutcomeInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "cancelOutcome", input.requestId(), input);
		if (replayed.isPresent()) {
			return replayedOutcome(caller, replayed.get());
		}
		WriteAccess episode = this.permissions.lock(caller, episodeOf(input.outcomeId()), Step.CHANGE_PLAN, null);
		Outcome outcome = changeableOutcome(episode, input.outcomeId());
		String reason = input.reason().strip();
		if (reason.isEmpty()) {
			throw UserErrorException.of("reason", "REQUIRED", "Say why the outcome is no longer needed.");
		}
		if (outcome.status() != OutcomeStatus.OPEN) {
			throw UserErrorException.of("outcomeId", "NOT_OPEN",
					"This outcome is already %s.".formatted(outcome.status().name().toLowerCase(Locale.ROOT)
						.replace('_', ' ')));
		}
		this.audit.refuseConflicts("outcome", outcome.id(), outcome.version(), input.version(),
				Map.of("status", OutcomeStatus.NO_LONGER_NEEDED.name()));
		int version = this.repository.updateStatus(outcome, OutcomeStatus.NO_LONGER_NEEDED);
		this.audit.recordWrite(caller, "cancelled an outcome", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Outcome", outcome.id(), version, List.of(
						new AuditEvent.FieldChange("status", outcome.status().name(),
								OutcomeStatus.NO_LONGER_NEEDED.name()),
						new AuditEvent.FieldChange("cancellationReason", null, reason))));
		cancelActions(caller, episode, "cancelled an outcome's action",
				this.repository.unfinishedActionsOfOutcome(outcome.id()));
		this.episodes.refreshNextDue(List.of(episode.episodeId()));
		this.requests.answered(caller, "cancelOutcome", input.requestId(), input, outcome.id());
		return this.repository.outcomes(List.of(outcome.id())).getFirst();
	}

	/** The episode of an outcome, to lock before the outcome is changed. */
	private UUID episodeOf(UUID outcomeId) {
		return this.repository.outcomes(List.of(outcomeId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("No outcome you may change has this id."))
			.episodeId();
	}

	/**
	 * The outcome, read again under its episode's lock, while the plan is made or carried out (the only time its
	 * outcomes change).
	 */
	private Outcome changeableOutcome(WriteAccess episode, UUID outcomeId) {
		if (!PLAN_OPEN.contains(episode.status())) {
			throw UserErrorException.of(null, "NOT_PLANNING", "Outcomes change while the plan is made or carried out.");
		}
		return this.repository.outcomes(List.of(outcomeId)).getFirst();
	}

	private Outcome replayedOutcome(Caller caller, UUID outcomeId) {
		return findOutcome(caller, outcomeId)
			.orElseThrow(() -> new AccessDeniedException("No outcome you may see has this id."));
	}

	/** The same text once case and spacing are set aside. */
	private static boolean sameWords(String one, String other) {
		return words(one).equals(words(other));
	}

	private static String words(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * Adds an action towards an outcome, owned by someone on the episode's team now and due between today and the
	 * outcome's target date. A practitioner who owns it is told (unless they added it themself).
	 */
	@Transactional
	public Action addAction(Caller caller, AddActionInput input) {
		Optional<UUID> replayed = this.requests.replayOf(caller, "addAction", input.id(), input);
		if (replayed.isPresent()) {
			return findAction(caller, replayed.get())
				.orElseThrow(() -> new AccessDeniedException("No action you may see has this id."));
		}
		Outcome outcome = this.repository.outcomes(List.of(input.outcomeId()))
			.stream()
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException("No outcome you may change has this id."));
		WriteAccess episode = this.permissions.lock(caller, outcome.episodeId(), Step.ADD_TO_PLAN, null);
		String description = input.description().strip();
		if (description.isEmpty()) {
			throw UserErrorException.of("description", "REQUIRED", "Say what will be done.");
		}
		TeamMember owner = this.teams.members(List.of(input.ownerTeamMemberId()))
			.stream()
			.filter(member -> member.episodeId().equals(episode.episodeId()) && member.leftOn() == null)
			.findFirst()
			.orElseThrow(() -> UserErrorException.of("ownerTeamMemberId", "NOT_A_MEMBER",
					"An action is owned by someone on this episode's team now."));
		if (input.dueDate().isBefore(LocalDate.now(this.clock))) {
			throw UserErrorException.of("dueDate", "DUE_IN_PAST", "An action is due today or later.");
		}
		if (input.dueDate().isAfter(outcome.targetDate())) {
			throw UserErrorException.of("dueDate", "DUE_AFTER_TARGET",
					"An action is due by its outcome's target date, %s.".formatted(outcome.targetDate()));
		}
		UUID id = (input.id() != null) ? input.id() : Ids.newId();
		Action action = new Action(id, outcome.id(), description, owner.id(), input.dueDate(), ActionStatus.NOT_STARTED,
				null, 0);
		try {
			this.repository.insert(action, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw UserErrorException.of("id", "ID_REUSED", "Another record already has this id. Send a new id.");
		}
		this.audit.recordWrite(caller, "added an action", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Action", id, 0,
						List.of(new AuditEvent.FieldChange("description", null, description),
								new AuditEvent.FieldChange("ownerTeamMemberId", null, owner.id().toString()),
								new AuditEvent.FieldChange("dueDate", null, action.dueDate().toString()))));
		boolean ownAction = caller instanceof Caller.PractitionerCaller practitioner
				&& practitioner.practitionerId().equals(owner.practitionerId());
		if (owner.practitionerId() != null && !ownAction) {
			this.notifications.tellPractitioners(List.of(owner.practitionerId()), episode.episodeId(),
					"ACTION_ASSIGNED", "You have a new action on the plan of %s, due %s."
						.formatted(episode.reference(), action.dueDate()));
		}
		this.episodes.refreshNextDue(List.of(episode.episodeId()));
		this.requests.answered(caller, "addAction", input.id(), input, id);
		return action;
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
		this.audit.refuseConflicts("action", action.id(), action.version(), input.version(),
				Map.of("status", input.status().name()));
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
		this.audit.refuseConflicts("action", action.id(), action.version(), input.version(), changing);
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

	private static String words(ActionStatus status) {
		return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	public List<Outcome> outcomesOfEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.outcomesOfEpisodes(episodeIds);
	}

	/**
	 * The outcomes of these episodes (which the caller may see) that the caller may read: all of them, except that a
	 * young person reads only those for the whole family or for themselves (and so only those outcomes' actions).
	 */
	public List<Outcome> outcomesOfEpisodes(Caller caller, Collection<UUID> episodeIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return outcomesOfEpisodes(episodeIds).stream().filter(outcome -> readable(outcome, own)).toList();
	}

	private static boolean readable(Outcome outcome, Visibility.@Nullable OwnFamily own) {
		return own == null || own.kind() != FamilyMemberKind.YOUNG_PERSON || outcome.forPersonId() == null
				|| own.isSelf(outcome.forPersonId());
	}

	public List<Outcome> outcomes(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.repository.outcomes(ids);
	}

	public List<Action> actionsOfOutcomes(Collection<UUID> outcomeIds) {
		return outcomeIds.isEmpty() ? List.of() : this.repository.actionsOfOutcomes(outcomeIds);
	}

	public Optional<Outcome> findOutcome(Caller caller, UUID id) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return this.repository.outcomes(List.of(id))
			.stream()
			.findFirst()
			.filter(outcome -> readable(outcome, own))
			.filter(outcome -> this.episodes.find(caller, outcome.episodeId()).isPresent());
	}

	public Optional<Action> findAction(Caller caller, UUID id) {
		return this.repository.action(id)
			.filter(action -> findOutcome(caller, action.outcomeId()).isPresent());
	}

	/**
	 * Where the outcomes a review names now stand: each one of the episode's plan, named once (NOT_IN_PLAN,
	 * DUPLICATE at {@code field}).
	 */
	public Map<UUID, OutcomeStatus> progress(UUID episodeId, String field, @Nullable List<OutcomeProgressInput> given) {
		if (given == null || given.isEmpty()) {
			return new LinkedHashMap<>();
		}
		return named(this.repository.outcomesOfEpisodes(List.of(episodeId)), field, given);
	}

	/**
	 * A closure's result for every outcome still open, each a result and not "open" (RESULT_REQUIRED), besides the
	 * checks of {@link #progress}.
	 */
	public Map<UUID, OutcomeStatus> results(UUID episodeId, String field, List<OutcomeProgressInput> given) {
		List<Outcome> plan = this.repository.outcomesOfEpisodes(List.of(episodeId));
		Map<UUID, OutcomeStatus> results = named(plan, field, given);
		if (results.containsValue(OutcomeStatus.OPEN)) {
			throw UserErrorException.of(field, "RESULT_REQUIRED",
					"At closure each outcome gets a result: achieved, partly, not achieved or no longer needed.");
		}
		boolean missing = plan.stream()
			.anyMatch(outcome -> outcome.status() == OutcomeStatus.OPEN && !results.containsKey(outcome.id()));
		if (missing) {
			throw UserErrorException.of(field, "RESULT_REQUIRED", "Give a result for every outcome still open.");
		}
		return results;
	}

	private static Map<UUID, OutcomeStatus> named(List<Outcome> plan, String field, List<OutcomeProgressInput> given) {
		Map<UUID, OutcomeStatus> named = new LinkedHashMap<>();
		for (OutcomeProgressInput outcome : given) {
			if (plan.stream().noneMatch(found -> found.id().equals(outcome.outcomeId()))) {
				throw UserErrorException.of(field, "NOT_IN_PLAN", "An outcome named is not in this plan.");
			}
			if (named.put(outcome.outcomeId(), outcome.status()) != null) {
				throw UserErrorException.of(field, "DUPLICATE", "An outcome is named twice.");
			}
		}
		return named;
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
		cancelActions(caller, episode, operation, this.repository.unfinishedActions(episode.episodeId()));
	}

	/** Cancels the actions (unfinished ones of the episode), audited, in one statement. */
	private void cancelActions(Caller caller, WriteAccess episode, String operation, List<Action> unfinished) {
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
