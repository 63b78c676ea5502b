package org.hearth.episode;

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
import java.util.stream.Stream;

import org.hearth.access.AccessService;
import org.hearth.access.Caller;
import org.hearth.access.FamilyMemberKind;
import org.hearth.access.Visibility;
import org.hearth.access.WriteAccess;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.family.Family;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.family.PersonRole;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.PageRequests;
import org.hearth.policy.Policy;
import org.hearth.policy.PolicyService;
import org.hearth.system.ReferenceNumbers;
import org.hearth.system.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and listing episodes for whoever may see them, the existing-plan check, and the timescales rule. An
 * episode the caller may not see is answered exactly as one that does not exist.
 */
@Service
public class EpisodeService {

	private final EpisodeRepository episodes;

	private final TimescaleRepository timescales;

	private final PolicyService policies;

	private final AccessService access;

	private final AuditService audit;

	private final FamilyService families;

	private final ReferenceNumbers references;

	private final Clock clock;

	EpisodeService(EpisodeRepository episodes, TimescaleRepository timescales, PolicyService policies,
			AccessService access, AuditService audit, FamilyService families, ReferenceNumbers references,
			Clock clock) {
		this.families = families;
		this.references = references;
		this.episodes = episodes;
		this.timescales = timescales;
		this.policies = policies;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Episode> find(Caller caller, UUID id) {
		Optional<Episode> episode = this.episodes.findVisible(id, this.access.visibilityOf(caller));
		episode.ifPresent(found -> this.audit.record(caller, "read episode", found.familyId(), found.id()));
		return episode;
	}

	/**
	 * Why early help was asked for, as the caller may read it: a family member who is not a parent reads it as if
	 * nothing was written (the requester may have written of the parents' own difficulties).
	 */
	public String requestReasons(Caller caller, Episode episode) {
		Visibility.OwnFamily own = this.access.familyMemberOf(caller);
		return (own == null || own.kind() == FamilyMemberKind.PARENT) ? episode.requestReasons() : "";
	}

	/**
	 * The episodes with these ids that the caller may see; the others are left out, as if they did not exist. Each
	 * one read is audited.
	 */
	public List<Episode> findVisible(Caller caller, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Episode> found = this.episodes.findAllVisible(ids, this.access.visibilityOf(caller));
		this.audit.record(caller, "read episode",
				found.stream().map(episode -> new AuditService.Subject(episode.familyId(), episode.id())).toList());
		return found;
	}

	/**
	 * The caller's episodes, most urgent first, a page at a time after the given position (null: from the start);
	 * counted across pages only when asked.
	 */
	public CountedWindow<Episode> list(Caller caller, @Nullable EpisodeFilter filter, @Nullable Integer first,
			@Nullable ScrollPosition after, boolean countTotal) {
		int limit = PageRequests.checkFirst(first);
		Map<String, Object> keys = PageRequests.keysAfter(after);
		EpisodeRepository.Position start = (keys != null) ? EpisodeRepository.Position.from(keys) : null;
		var visibility = this.access.visibilityOf(caller);
		var criteria = criteria(caller, (filter != null) ? filter : EpisodeFilter.NONE);
		if (criteria == null) {
			return new CountedWindow<>(Window.from(List.of(), ScrollPosition::offset), countTotal ? 0 : null);
		}
		List<Episode> rows = this.episodes.page(visibility, criteria, start, limit + 1);
		Window<Episode> page = PageRequests.window(rows, limit, episode -> EpisodeRepository.Position.of(episode).keys());
		this.audit.record(caller, "list episodes",
				page.stream().map(episode -> new AuditService.Subject(episode.familyId(), episode.id())).toList());
		return new CountedWindow<>(page, countTotal ? this.episodes.count(visibility, criteria) : null);
	}

	/** The episodes of each family that the caller may see, newest first. */
	public Map<UUID, List<Episode>> ofFamilies(Caller caller, Collection<UUID> familyIds) {
		Map<UUID, List<Episode>> byFamily = new LinkedHashMap<>();
		familyIds.forEach(id -> byFamily.put(id, new ArrayList<>()));
		if (!familyIds.isEmpty()) {
			this.episodes.ofFamilies(familyIds, this.access.visibilityOf(caller))
				.forEach(episode -> byFamily.get(episode.familyId()).add(episode));
		}
		return byFamily;
	}

	/**
	 * The practitioner's own caseload: open and closed episodes whose team they are on now, most urgent first,
	 * with the children's names and ages and what is overdue.
	 */
	public List<CaseloadEntry> caseload(Caller caller) {
		List<Episode> mine = new ArrayList<>();
		ScrollPosition after = null;
		Window<Episode> page;
		do {
			page = list(caller, new EpisodeFilter(null, null, null, true), PageRequests.MAX_PAGE_SIZE, after, false)
				.window();
			mine.addAll(page.getContent());
			after = page.isEmpty() ? null : page.positionAt(page.size() - 1);
		}
		while (page.hasNext());
		return entries(mine);
	}

	/**
	 * Open episodes led now by any of these practitioners that the caller may see, most urgent first (for a
	 * manager's view of their team); each one listed is audited as read.
	 */
	public List<Episode> openLedBy(Caller caller, Collection<UUID> leadPractitionerIds) {
		if (leadPractitionerIds.isEmpty()) {
			return List.of();
		}
		List<Episode> led = this.episodes.openLedBy(leadPractitionerIds, this.access.visibilityOf(caller));
		this.audit.record(caller, "list episodes",
				led.stream().map(episode -> new AuditService.Subject(episode.familyId(), episode.id())).toList());
		return led;
	}

	/** Caseload lines for these episodes: the children's names and ages, the next review and what is overdue. */
	public List<CaseloadEntry> entries(List<Episode> mine) {
		var families = this.families.families(mine.stream().map(Episode::familyId).distinct().toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(Family::id, Family::reference));
		var children = this.families.members(families.keySet())
			.stream()
			.filter(person -> person.role() == PersonRole.CHILD)
			.collect(java.util.stream.Collectors.groupingBy(Person::familyId));
		var due = timescales(mine);
		return mine.stream().map(episode -> {
			Timescales timescales = due.get(episode);
			List<CaseloadEntry.Child> kids = children.getOrDefault(episode.familyId(), List.of())
				.stream()
				.map(child -> new CaseloadEntry.Child(child.givenName(), this.families.ageOf(child)))
				.toList();
			return new CaseloadEntry(episode.id().toString(), episode.reference(), families.get(episode.familyId()),
					episode.status(), kids, timescales.nextReviewDue(), overdue(timescales));
		}).toList();
	}

	private static List<String> overdue(Timescales timescales) {
		List<String> overdue = new ArrayList<>();
		if (timescales.assessmentOverdue()) {
			overdue.add("Assessment");
		}
		if (timescales.initialMeetingOverdue()) {
			overdue.add("Initial meeting");
		}
		if (timescales.reviewOverdue()) {
			overdue.add("Review");
		}
		if (timescales.overdueActions() > 0) {
			overdue.add(timescales.overdueActions() == 1 ? "1 action" : timescales.overdueActions() + " actions");
		}
		return overdue;
	}

	/**
	 * The family's open episode, if it has one, whoever may see it: for telling its team of something about the
	 * family that the caller recorded (a family has at most one open episode).
	 */
	public Optional<Episode> openEpisodeOf(UUID familyId) {
		return this.episodes.ofFamilies(List.of(familyId), new Visibility.Everything())
			.stream()
			.filter(Episode::isOpen)
			.findFirst();
	}

	/** Episodes already reached through something the caller may see. */
	public List<Episode> episodes(Collection<UUID> ids) {
		return ids.isEmpty() ? List.of() : this.episodes.findAll(ids);
	}

	/**
	 * Before a request for help: is a plan already open for this child? Only practitioners may ask, and the answer
	 * reveals only the reference, status and how to reach the lead.
	 */
	public List<ExistingPlanMatch> existingPlans(Caller caller, String givenName, String familyName,
			LocalDate dateOfBirth) {
		if (!(caller instanceof Caller.PractitionerCaller)) {
			throw new AccessDeniedException("Only practitioners may check for existing plans");
		}
		List<ExistingPlanMatch> matches = this.episodes.openPlansFor(givenName, familyName, dateOfBirth);
		this.audit.record(caller, "existing plan check (" + matches.size() + " found)", null, null);
		return matches;
	}

	/** Each episode's timescales under the current policy, as of today. */
	public Map<Episode, Timescales> timescales(Collection<Episode> batch) {
		Map<Episode, Timescales> result = new LinkedHashMap<>();
		if (batch.isEmpty()) {
			return result;
		}
		LocalDate today = LocalDate.now(this.clock);
		Policy policy = this.policies.current();
		var facts = this.timescales.facts(batch.stream().map(Episode::id).toList(), today);
		batch.forEach(episode -> result.put(episode, timescales(episode, facts.get(episode.id()), policy, today)));
		return result;
	}

	/**
	 * Opens a requested episode for a family, as part of a request for early help. Refused with PLAN_ALREADY_OPEN
	 * when the family, or any of its children found elsewhere by name and date of birth, has an open episode.
	 * @param children the family's children, checked against every other family's open episodes
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Episode open(UUID id, UUID familyId, List<Person> children, LevelOfNeed levelOfNeed, EpisodeSource source,
			String requestReasons, UUID requestedBy) {
		List<ExistingPlanMatch> matches = new ArrayList<>();
		children.stream()
			.filter(child -> child.dateOfBirth() != null)
			.forEach(child -> matches.addAll(
					this.episodes.openPlansFor(child.givenName(), child.familyName(), child.dateOfBirth())));
		if (!matches.isEmpty() || this.episodes.hasOpenEpisode(familyId)) {
			throw new PlanAlreadyOpenException("familyId", matches.stream().distinct().toList());
		}
		Episode episode = new Episode(id, this.references.next("EP"), familyId, EpisodeStatus.REQUESTED, levelOfNeed,
				source, requestReasons, LocalDate.now(this.clock), null, 0);
		this.episodes.insert(episode, requestedBy, this.clock.instant());
		return episode;
	}

	/**
	 * A step of the process moved the episode on (consent in: REQUESTED to ASSESSING, and so on), as part of that
	 * step's write: the status, the audit of the change, and what falls due next.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void move(Caller caller, WriteAccess episode, EpisodeStatus from, EpisodeStatus to) {
		if (!this.episodes.moveStatus(episode.episodeId(), from, to)) {
			throw new StaleVersionException("The episode");
		}
		this.audit.recordWrite(caller, "moved the episode on", episode.familyId(), episode.episodeId(),
				new AuditService.Written("Episode", episode.episodeId(), episode.version() + 1,
						List.of(new AuditEvent.FieldChange("status", from.name(), to.name()))));
		refreshNextDue(List.of(episode.episodeId()));
	}

	/**
	 * Stores each episode's earliest due date, so lists sort by urgency in SQL. Every change to what is due (and
	 * every change of policy) calls this.
	 */
	@Transactional
	public void refreshNextDue(Collection<UUID> episodeIds) {
		if (episodeIds.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Policy policy = this.policies.current();
		var facts = this.timescales.facts(episodeIds, today);
		for (Episode episode : this.episodes.findAll(episodeIds)) {
			this.episodes.setNextDueOn(episode.id(), nextDue(episode, facts.get(episode.id()), policy));
		}
	}

	/**
	 * The timescales rule. Assessment: due a policy period after it started (or the episode opened). Initial TAF
	 * meeting: due a period after the assessment is completed. Reviews: the first a period after the initial
	 * meeting, then whenever the latest review said, or sooner when brought forward since. Nothing is overdue on its due
	 * date, nor once closed.
	 */
	static Timescales timescales(Episode episode, TimescaleFacts facts, Policy policy, LocalDate today) {
		return timescales(episode.isOpen(), episode.openedOn(), facts, policy, today);
	}

	static Timescales timescales(boolean open, LocalDate openedOn, TimescaleFacts facts, Policy policy,
			LocalDate today) {
		LocalDate assessmentDue = assessmentDue(openedOn, facts, policy);
		LocalDate initialMeetingDue = initialMeetingDue(facts, policy);
		LocalDate nextReviewDue = open ? nextReviewDue(facts, policy) : null;
		return new Timescales(assessmentDue, initialMeetingDue, nextReviewDue,
				open && facts.assessmentCompletedOn() == null && today.isAfter(assessmentDue),
				open && initialMeetingDue != null && facts.initialMeetingHeldOn() == null
						&& today.isAfter(initialMeetingDue),
				open && nextReviewDue != null && today.isAfter(nextReviewDue),
				open ? facts.openActionsOverdueBefore() : 0);
	}

	static @Nullable LocalDate nextDue(Episode episode, TimescaleFacts facts, Policy policy) {
		if (!episode.isOpen()) {
			return null;
		}
		LocalDate assessment = (facts.assessmentCompletedOn() == null) ? assessmentDue(episode.openedOn(), facts, policy)
				: null;
		LocalDate initialMeeting = (facts.initialMeetingHeldOn() == null) ? initialMeetingDue(facts, policy) : null;
		return Stream.of(assessment, initialMeeting, nextReviewDue(facts, policy), facts.earliestOpenActionDue())
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	static LocalDate assessmentDue(LocalDate openedOn, TimescaleFacts facts, Policy policy) {
		LocalDate start = (facts.assessmentStartedOn() != null) ? facts.assessmentStartedOn() : openedOn;
		return start.plusDays(policy.assessmentDueDays());
	}

	static @Nullable LocalDate initialMeetingDue(TimescaleFacts facts, Policy policy) {
		LocalDate completed = facts.assessmentCompletedOn();
		return (completed != null) ? completed.plusDays(policy.initialMeetingDueDays()) : null;
	}

	private static @Nullable LocalDate nextReviewDue(TimescaleFacts facts, Policy policy) {
		LocalDate byCadence = byCadence(facts, policy);
		LocalDate broughtForward = facts.reviewBroughtForwardTo();
		return (broughtForward != null && (byCadence == null || broughtForward.isBefore(byCadence))) ? broughtForward
				: byCadence;
	}

	private static @Nullable LocalDate byCadence(TimescaleFacts facts, Policy policy) {
		if (facts.latestReviewHeld()) {
			return facts.latestReviewNextDue();
		}
		LocalDate initialMeeting = facts.initialMeetingHeldOn();
		return (initialMeeting != null) ? initialMeeting.plusDays(policy.firstReviewDueDays()) : null;
	}

	/** Null when the filter can match nothing for this caller (only practitioners lead or sit on teams). */
	private EpisodeRepository.@Nullable ListCriteria criteria(Caller caller, EpisodeFilter filter) {
		UUID practitionerId = (caller instanceof Caller.PractitionerCaller practitioner)
				? practitioner.practitionerId() : null;
		boolean leadOnly = Boolean.TRUE.equals(filter.leadOnly());
		boolean teamOnly = Boolean.TRUE.equals(filter.teamOnly());
		if ((leadOnly || teamOnly) && practitionerId == null) {
			return null;
		}
		return new EpisodeRepository.ListCriteria(filter.status(), leadOnly ? practitionerId : null,
				teamOnly ? practitionerId : null,
				Boolean.TRUE.equals(filter.overdueOnly()) ? LocalDate.now(this.clock) : null);
	}

}
