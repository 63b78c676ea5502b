package org.hearth.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.hearth.family.Person;
import org.hearth.family.PersonRole;
import org.hearth.graphql.UserError;
import org.hearth.graphql.UserErrorException;
import org.hearth.replay.ClientRequests;
import org.hearth.system.Ids;
import org.hearth.system.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment step: starting it, each person's view and each child's voice, completing it; and reading
 * assessments, each visible exactly when its episode is. Written only while the episode is ASSESSING.
 */
@Service
public class AssessmentService {

	private static final List<String> VIEW_COLUMNS = List.of("worries", "strengths", "wishes");

	private static final List<String> VOICE_PARTS = List.of("worries", "goodThings", "dreams");

	private final AssessmentRepository repository;

	private final EpisodeService episodes;

	private final Permissions permissions;

	private final ClientRequests requests;

	private final AuditService audit;

	private final FamilyService families;

	private final Clock clock;

	private final AccessService access;

	private final AssessmentNeeds needs;

	AssessmentService(AssessmentRepository repository, EpisodeService episodes, Permissions permissions,
			ClientRequests requests, AuditService audit, FamilyService families, Clock clock, AccessService access,
			AssessmentNeeds needs) {
		this.access = access;
		this.needs = needs;
		this.repository = repository;
		this.episodes = episodes;
		this.permissions = permissions;
		this.requests = requests;
		this.audit = audit;
		this.families = families;
		this.clock = clock;
	}

	/**
	 * Starts the assessment of an episode the family has agreed to (consent moved it to ASSESSING); its due date
	 * follows from the policy.
	 * @return the episode
	 */
	@Transactional
	public UUID start(Caller caller, StartAssessmentInput input) {
		if (this.requests.replayOf(caller, "startAssessment", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_ASSESSMENT, null);
		if (input.version() != null && input.version() != episode.version()) {
			throw new StaleVersionException("The episode");
		}
		switch (EpisodeStatus.valueOf(episode.status())) {
			case REQUESTED -> throw UserErrorException.of("episodeId", "CONSENT_REQUIRED",
					"The family has not yet agreed to start and to have their information stored: "
							+ "record their consent first.");
			case ASSESSING -> {
				if (current(episode).isPresent()) {
					throw UserErrorException.of("episodeId", "ALREADY_STARTED", "This assessment has already started.");
				}
			}
			default -> throw UserErrorException.of("episodeId", "ALREADY_ASSESSED",
					"This family's assessment is already complete.");
		}
		Assessment assessment = startNow(caller, episode);
		this.episodes.refreshNextDue(List.of(episode.episodeId()));
		this.requests.answered(caller, "startAssessment", input.requestId(), input, assessment.id());
		return episode.episodeId();
	}

	/**
	 * Records one family member's worries, strengths and wishes, or changes them (from the version the caller read:
	 * a field someone else changed since is a CONFLICT). The first view starts the assessment if nobody has.
	 * @return the episode
	 */
	@Transactional
	public UUID recordView(Caller caller, RecordPersonViewInput input) {
		if (this.requests.replayOf(caller, "recordPersonView", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_ASSESSMENT, null);
		requireAssessing(episode);
		familyMember(episode, input.personId(), "personId");
		Optional<Assessment> assessment = current(episode);
		Optional<PersonView> stored = assessment.flatMap(found -> this.repository.view(found.id(), input.personId()));
		Map<String, @Nullable String> given = new LinkedHashMap<>();
		give(given, "worries", input.worries());
		give(given, "strengths", input.strengths());
		give(given, "wishes", input.wishes());
		if (input.isOpinion() != null) {
			given.put("isOpinion", input.isOpinion().toString());
		}
		Map<String, @Nullable String> before = stored.map(AssessmentService::fields)
			.orElseGet(AssessmentService::viewNotRecorded);
		Map<String, @Nullable String> changing = checkedChanges(
				stored.map(view -> new Recorded(view.id(), view.version())), before, given, input.version(),
				VIEW_COLUMNS, "view");
		Assessment started = assessment.orElseGet(() -> startNow(caller, episode));
		Map<String, @Nullable String> after = merged(before, changing);
		PersonView view = new PersonView(stored.map(PersonView::id).orElseGet(Ids::newId), started.id(),
				input.personId(), after.get("worries"), after.get("strengths"), after.get("wishes"),
				Boolean.parseBoolean(after.get("isOpinion")), stored.map(PersonView::version).orElse(0));
		if (stored.isEmpty()) {
			this.repository.insert(view);
			auditEntry(caller, episode, "recorded a person's view", "PersonView", view.id(), 0, before, changing);
		}
		else if (!changing.isEmpty()) {
			int version = this.repository.update(view);
			auditEntry(caller, episode, "changed a person's view", "PersonView", view.id(), version, before, changing);
		}
		if (assessment.isEmpty()) {
			this.episodes.refreshNextDue(List.of(episode.episodeId()));
		}
		this.requests.answered(caller, "recordPersonView", input.requestId(), input, view.id());
		return episode.episodeId();
	}

	/**
	 * Records what a child of the family says (worries, good things, dreams), or changes it, as for a view. The
	 * first voice recorded starts the assessment if nobody has.
	 * @return the episode
	 */
	@Transactional
	public UUID recordVoice(Caller caller, RecordChildVoiceInput input) {
		if (this.requests.replayOf(caller, "recordChildVoice", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_ASSESSMENT, null);
		requireAssessing(episode);
		if (familyMember(episode, input.childId(), "childId").role() != PersonRole.CHILD) {
			throw UserErrorException.of("childId", "NOT_A_CHILD",
					"A child's voice is recorded for one of the family's children.");
		}
		Optional<Assessment> assessment = current(episode);
		Optional<ChildVoice> stored = assessment.flatMap(found -> this.repository.voice(found.id(), input.childId()));
		Map<String, @Nullable String> given = new LinkedHashMap<>();
		give(given, "worries", input.worries());
		give(given, "goodThings", input.goodThings());
		give(given, "dreams", input.dreams());
		Map<String, @Nullable String> before = stored.map(AssessmentService::fields).orElseGet(HashMap::new);
		Map<String, @Nullable String> changing = checkedChanges(
				stored.map(voice -> new Recorded(voice.id(), voice.version())), before, given, input.version(),
				VOICE_PARTS, "child's voice");
		Assessment started = assessment.orElseGet(() -> startNow(caller, episode));
		Map<String, @Nullable String> after = merged(before, changing);
		ChildVoice voice = new ChildVoice(stored.map(ChildVoice::id).orElseGet(Ids::newId), started.id(),
				input.childId(), after.get("worries"), after.get("goodThings"), after.get("dreams"),
				stored.map(ChildVoice::version).orElse(0));
		if (stored.isEmpty()) {
			this.repository.insert(voice);
			auditEntry(caller, episode, "recorded a child's voice", "ChildVoice", voice.id(), 0, before, changing);
		}
		else if (!changing.isEmpty()) {
			int version = this.repository.update(voice);
			auditEntry(caller, episode, "changed a child's voice", "ChildVoice", voice.id(), version, before, changing);
		}
		if (assessment.isEmpty()) {
			this.episodes.refreshNextDue(List.of(episode.episodeId()));
		}
		this.requests.answered(caller, "recordChildVoice", input.requestId(), input, voice.id());
		return episode.episodeId();
	}

	/**
	 * Completes the assessment with its summary and the services already involved, once at least one person's view is
	 * recorded, and moves the episode to PLANNING: the team's first meeting falls due.
	 * @return the episode
	 */
	@Transactional
	public UUID complete(Caller caller, CompleteAssessmentInput input) {
		if (this.requests.replayOf(caller, "completeAssessment", input.requestId(), input).isPresent()) {
			return input.episodeId();
		}
		WriteAccess episode = this.permissions.lock(caller, input.episodeId(), Step.RECORD_ASSESSMENT, null);
		requireAssessing(episode);
		if (input.summary().isBlank()) {
			throw UserErrorException.of("summary", "REQUIRED", "Sum up what the assessment found.");
		}
		Optional<Assessment> found = current(episode);
		if (found.isEmpty() || this.repository.countViews(found.get().id()) == 0) {
			throw UserErrorException.of(null, "NO_VIEWS",
					"Record at least one person's view before completing the assessment.");
		}
		Assessment assessment = found.get();
		List<String> needAreaCodes = this.needs.checked(input.needAreaCodes());
		List<String> services = (input.servicesInvolved() == null) ? List.of()
				: input.servicesInvolved().stream().filter(name -> !name.isBlank()).map(String::strip).toList();
		List<String> servicesBefore = this.repository.servicesInvolved(List.of(assessment.id()))
			.getOrDefault(assessment.id(), List.of());
		LocalDate today = LocalDate.now(this.clock);
		Map<String, @Nullable String> changing = new LinkedHashMap<>();
		changing.put("summary", input.summary().strip());
		changing.put("servicesInvolved", services.isEmpty() ? null : services.toString());
		changing.put("completedOn", today.toString());
		if (input.version() != null) {
			refuseConflicts(assessment.id(), assessment.version(), input.version(), changing, "assessment");
		}
		int version = this.repository.complete(assessment, input.summary().strip(), services, today);
		List<AuditEvent.FieldChange> changes = new ArrayList<>(List.of(
				new AuditEvent.FieldChange("summary", assessment.summary(), changing.get("summary")),
				new AuditEvent.FieldChange("servicesInvolved", servicesBefore.isEmpty() ? null : servicesBefore.toString(),
						changing.get("servicesInvolved")),
				new AuditEvent.FieldChange("completedOn", null, today.toString())));
		if (needAreaCodes != null) {
			changes.add(this.needs.replace(assessment.id(), needAreaCodes));
		}
		this.audit.recordWrite(caller, "completed the assessment", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Assessment", assessment.id(), version, changes));
		this.episodes.move(caller, episode, EpisodeStatus.ASSESSING, EpisodeStatus.PLANNING);
		this.requests.answered(caller, "completeAssessment", input.requestId(), input, assessment.id());
		return episode.episodeId();
	}

	/**
	 * A step-down from children's social care brings social care's assessment: it stands as the episode's own,
	 * complete, with social care's reference, as part of the request that opens the episode (no second assessment).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordFromSocialCare(Caller caller, UUID familyId, UUID episodeId, String socialCareReference,
			String summary) {
		LocalDate today = LocalDate.now(this.clock);
		Assessment assessment = new Assessment(Ids.newId(), episodeId, today, today, summary, true, socialCareReference,
				0);
		this.repository.insert(assessment);
		this.audit.recordWrite(caller, "recorded social care's assessment", familyId, episodeId,
				new AuditService.Written("Assessment", assessment.id(), 0,
						List.of(new AuditEvent.FieldChange("fromSocialCare", null, "true"),
								new AuditEvent.FieldChange("socialCareReference", null, socialCareReference))));
	}

	/** The episode's assessment, started today; what is due is refreshed by the caller. */
	private Assessment startNow(Caller caller, WriteAccess episode) {
		Assessment assessment = new Assessment(Ids.newId(), episode.episodeId(), LocalDate.now(this.clock), null, null,
				false, null, 0);
		this.repository.insert(assessment);
		this.audit.recordWrite(caller, "started the assessment", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Assessment", assessment.id(), 0,
						List.of(new AuditEvent.FieldChange("startedOn", null, assessment.startedOn().toString()))));
		return assessment;
	}

	private Optional<Assessment> current(WriteAccess episode) {
		return this.repository.ofEpisodes(List.of(episode.episodeId())).stream().findFirst();
	}

	private static void requireAssessing(WriteAccess episode) {
		if (!EpisodeStatus.ASSESSING.name().equals(episode.status())) {
			throw UserErrorException.of("episodeId", "NOT_ASSESSING",
					"The assessment is recorded while the episode is being assessed; this one is "
							+ episode.status().toLowerCase(Locale.ROOT) + ".");
		}
	}

	private Person familyMember(WriteAccess episode, UUID personId, String field) {
		return this.families.people(List.of(personId))
			.stream()
			.filter(person -> person.familyId().equals(episode.familyId()))
			.findFirst()
			.orElseThrow(() -> UserErrorException.of(field, "NOT_IN_FAMILY", "This person is not a member of this family."));
	}

	/** A column the caller sent: its text, or null to clear it when blank. Columns left out are not in the map. */
	private static void give(Map<String, @Nullable String> given, String field, @Nullable String text) {
		if (text != null) {
			given.put(field, text.isBlank() ? null : text.strip());
		}
	}

	/**
	 * What a write of a view or a voice changes (field to new value), after its rules: an existing entry is changed
	 * only from a version the caller read, conflicting with nobody's later change of the same field; the entry keeps
	 * at least one of its text columns.
	 */
	private Map<String, @Nullable String> checkedChanges(Optional<Recorded> recorded,
			Map<String, @Nullable String> before, Map<String, @Nullable String> given, @Nullable Integer version,
			List<String> columns, String what) {
		if (recorded.isPresent() && version == null) {
			throw UserErrorException.of("version", "VERSION_REQUIRED",
					"This %s is already recorded: send the version you read to change it.".formatted(what));
		}
		Map<String, @Nullable String> changing = new LinkedHashMap<>();
		given.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				changing.put(field, value);
			}
		});
		Map<String, @Nullable String> after = merged(before, changing);
		if (columns.stream().allMatch(column -> after.get(column) == null)) {
			throw UserErrorException.of(columns.getFirst(), "REQUIRED",
					"Write down at least one of %s.".formatted(String.join(", ", columns)));
		}
		if (recorded.isPresent() && version != null) {
			refuseConflicts(recorded.get().id(), recorded.get().version(), version, changing, what);
		}
		return changing;
	}

	/** A view or voice already recorded: its id and version. */
	private record Recorded(UUID id, int version) {
	}

	/**
	 * Refuses a write from an old version when someone has changed, since that version, a field it changes: one
	 * CONFLICT per such field, with the other person's value, who and when. Fields the write leaves alone may have
	 * moved on.
	 */
	private void refuseConflicts(UUID id, int storedVersion, int version, Map<String, @Nullable String> changing,
			String what) {
		if (version > storedVersion) {
			throw UserErrorException.of("version", "STALE_VERSION",
					"This is not a version of the %s Hearth has given out. Read it again.".formatted(what));
		}
		if (version == storedVersion || changing.isEmpty()) {
			return;
		}
		List<UserError> conflicts = this.audit.changesSince(id, version)
			.stream()
			.filter(change -> changing.containsKey(change.field()))
			// Someone else already made the same change: nothing to choose between.
			.filter(change -> !Objects.equals(change.value(), changing.get(change.field())))
			.map(change -> new UserError(List.of("input", change.field()), "CONFLICT",
					"%s changed this %s's %s since you read it.".formatted(change.changedBy(), what, change.field()),
					new UserError.Conflict(change.value(), change.changedBy(), change.changedAt())))
			.toList();
		if (!conflicts.isEmpty()) {
			throw new UserErrorException(conflicts);
		}
	}

	private static Map<String, @Nullable String> merged(Map<String, @Nullable String> before,
			Map<String, @Nullable String> changing) {
		Map<String, @Nullable String> after = new HashMap<>(before);
		after.putAll(changing);
		return after;
	}

	private void auditEntry(Caller caller, WriteAccess episode, String operation, String type, UUID id, int version,
			Map<String, @Nullable String> before, Map<String, @Nullable String> changing) {
		List<AuditEvent.FieldChange> changes = new ArrayList<>();
		changing.forEach((field, value) -> changes.add(new AuditEvent.FieldChange(field, before.get(field), value)));
		this.audit.recordWrite(caller, operation, episode.familyId(), episode.episodeId(),
				new AuditService.Written(type, id, version, changes));
	}

	private static Map<String, @Nullable String> fields(PersonView view) {
		Map<String, @Nullable String> fields = new HashMap<>();
		fields.put("worries", view.worries());
		fields.put("strengths", view.strengths());
		fields.put("wishes", view.wishes());
		fields.put("isOpinion", Boolean.toString(view.isOpinion()));
		return fields;
	}

	/** A view before anything is recorded: nothing said, and not marked as opinion. */
	private static Map<String, @Nullable String> viewNotRecorded() {
		Map<String, @Nullable String> fields = new HashMap<>();
		fields.put("isOpinion", "false");
		return fields;
	}

	private static Map<String, @Nullable String> fields(ChildVoice voice) {
		Map<String, @Nullable String> fields = new HashMap<>();
		fields.put("worries", voice.worries());
		fields.put("goodThings", voice.goodThings());
		fields.put("dreams", voice.dreams());
		return fields;
	}

	/** The assessments of these episodes, whole: for the rules and for callers who see the whole episode. */
	public List<Assessment> ofEpisodes(Collection<UUID> episodeIds) {
		return episodeIds.isEmpty() ? List.of() : this.repository.ofEpisodes(episodeIds);
	}

	/**
	 * The assessments of these episodes (which the caller may see) as the caller may read them: a family member reads
	 * the summary only as a parent, and social care's reference never.
	 */
	public List<Assessment> ofEpisodes(Caller caller, Collection<UUID> episodeIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return ofEpisodes(episodeIds).stream().map(assessment -> narrowed(assessment, own)).toList();
	}

	public Optional<Assessment> find(Caller caller, UUID id) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return this.repository.find(id)
			.filter(assessment -> this.episodes.find(caller, assessment.episodeId()).isPresent())
			.map(assessment -> narrowed(assessment, own));
	}

	private static Assessment narrowed(Assessment assessment, Visibility.@Nullable OwnFamily own) {
		if (own == null) {
			return assessment;
		}
		String summary = (own.kind() == FamilyMemberKind.PARENT) ? assessment.summary() : null;
		return new Assessment(assessment.id(), assessment.episodeId(), assessment.startedOn(),
				assessment.completedOn(), summary, assessment.fromSocialCare(), null, assessment.version());
	}

	public Map<UUID, List<String>> servicesInvolved(Collection<UUID> assessmentIds) {
		return assessmentIds.isEmpty() ? Map.of() : this.repository.servicesInvolved(assessmentIds);
	}

	/** The services already involved, for whoever reads the summary (a family member only as a parent). */
	public Map<UUID, List<String>> servicesInvolved(Caller caller, Collection<UUID> assessmentIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return (own == null || own.kind() == FamilyMemberKind.PARENT) ? servicesInvolved(assessmentIds) : Map.of();
	}

	public List<PersonView> views(Collection<UUID> assessmentIds) {
		return assessmentIds.isEmpty() ? List.of() : this.repository.views(assessmentIds);
	}

	/** The three columns the caller may read: a family member only their own, nobody else's. */
	public List<PersonView> views(Caller caller, Collection<UUID> assessmentIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		List<PersonView> all = views(assessmentIds);
		return (own == null) ? all : all.stream().filter(view -> own.isSelf(view.personId())).toList();
	}

	public List<ChildVoice> childVoices(Collection<UUID> assessmentIds) {
		return assessmentIds.isEmpty() ? List.of() : this.repository.childVoices(assessmentIds);
	}

	/** The children's voices the caller may read: a young person only their own, other family members none. */
	public List<ChildVoice> childVoices(Caller caller, Collection<UUID> assessmentIds) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		List<ChildVoice> all = childVoices(assessmentIds);
		return (own == null) ? all
				: all.stream()
					.filter(voice -> own.kind() == FamilyMemberKind.YOUNG_PERSON && own.isSelf(voice.childId()))
					.toList();
	}

}
