package org.hearth.records;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hearth.access.Caller;
import org.hearth.access.PractitionerRole;
import org.hearth.agency.Agency;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentNeeds;
import org.hearth.assessment.AssessmentService;
import org.hearth.assessment.ChildVoice;
import org.hearth.assessment.PersonView;
import org.hearth.audit.AuditEvent;
import org.hearth.audit.AuditService;
import org.hearth.closure.Closure;
import org.hearth.closure.ClosureService;
import org.hearth.comment.CommentService;
import org.hearth.comment.FamilyComment;
import org.hearth.consent.Consent;
import org.hearth.consent.ConsentService;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.family.Address;
import org.hearth.family.Family;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.family.PersonRole;
import org.hearth.graphql.UserErrorException;
import org.hearth.plan.Action;
import org.hearth.plan.Outcome;
import org.hearth.plan.PlanService;
import org.hearth.policy.NeedArea;
import org.hearth.policy.PolicyService;
import org.hearth.records.SubjectAccessRecord.ActionEntry;
import org.hearth.records.SubjectAccessRecord.AssessmentEntry;
import org.hearth.records.SubjectAccessRecord.AuditEntry;
import org.hearth.records.SubjectAccessRecord.ClosureEntry;
import org.hearth.records.SubjectAccessRecord.CommentEntry;
import org.hearth.records.SubjectAccessRecord.ConsentEntry;
import org.hearth.records.SubjectAccessRecord.EpisodeRecord;
import org.hearth.records.SubjectAccessRecord.HandoverEntry;
import org.hearth.records.SubjectAccessRecord.MeetingEntry;
import org.hearth.records.SubjectAccessRecord.Member;
import org.hearth.records.SubjectAccessRecord.OutcomeEntry;
import org.hearth.records.SubjectAccessRecord.Referral;
import org.hearth.records.SubjectAccessRecord.ReviewEntry;
import org.hearth.records.SubjectAccessRecord.StatusChange;
import org.hearth.records.SubjectAccessRecord.TeamEntry;
import org.hearth.records.SubjectAccessRecord.ViewEntry;
import org.hearth.records.SubjectAccessRecord.VoiceEntry;
import org.hearth.review.Meeting;
import org.hearth.review.Review;
import org.hearth.review.ReviewService;
import org.hearth.safeguarding.SafeguardingReferral;
import org.hearth.safeguarding.SafeguardingService;
import org.hearth.team.Handover;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Produces subject access records: a family's whole record, or one person's, across every episode, for the Early
 * Help team only. Everything is read through each feature's service, as a practitioner reads it (the Early Help team
 * sees every episode), in batch reads: a fixed number of statements however many episodes the family had. The
 * request is audited before the record is returned.
 * <p>
 * <b>Third parties.</b> The data subjects are the person asked about, or every member of the family. An entry that
 * names someone else Hearth knows (another member of the family, in a person's record), or that holds what others
 * said together with the subject (the family's or the children's views at a review, their feedback at closure), is
 * marked {@code redact} with the names of those people. In a person's record, what is another person's own (their
 * views, voice, comments and consents, an outcome for them) is left out; nothing else is removed. Hearth cannot
 * tell who free text names when they are unknown to it: the officer reads every entry before release.
 */
@Service
public class SubjectAccessService {

	/** A write's audit event of an episode's status. */
	private static final String EPISODE = "Episode";

	private final FamilyService families;

	private final EpisodeService episodes;

	private final AgencyService agencies;

	private final TeamService teams;

	private final ConsentService consents;

	private final AssessmentService assessments;

	private final AssessmentNeeds needs;

	private final PlanService plans;

	private final PolicyService policies;

	private final ReviewService reviews;

	private final ClosureService closures;

	private final CommentService comments;

	private final SafeguardingService safeguarding;

	private final AuditService audit;

	private final Clock clock;

	SubjectAccessService(FamilyService families, EpisodeService episodes, AgencyService agencies, TeamService teams,
			ConsentService consents, AssessmentService assessments, AssessmentNeeds needs, PlanService plans,
			PolicyService policies, ReviewService reviews, ClosureService closures, CommentService comments,
			SafeguardingService safeguarding, AuditService audit, Clock clock) {
		this.families = families;
		this.episodes = episodes;
		this.agencies = agencies;
		this.teams = teams;
		this.consents = consents;
		this.assessments = assessments;
		this.needs = needs;
		this.plans = plans;
		this.policies = policies;
		this.reviews = reviews;
		this.closures = closures;
		this.comments = comments;
		this.safeguarding = safeguarding;
		this.audit = audit;
		this.clock = clock;
	}

	/** Only the Early Help team, who answer subject access requests for the council, may produce one. */
	public boolean mayProduce(Caller caller) {
		return caller instanceof Caller.PractitionerCaller practitioner
				&& practitioner.hasRole(PractitionerRole.EARLY_HELP_TEAM);
	}

	/**
	 * The family's whole record (personId null), or what is about one of its members or what they said, across
	 * every episode; audited as "produced a subject access record" before it is returned.
	 * @throws AccessDeniedException for anyone but the Early Help team (nothing is read)
	 * @throws UserErrorException NOT_FOUND for an unknown family, NOT_IN_FAMILY for a person not of the family
	 */
	public SubjectAccessRecord produce(Caller caller, UUID familyId, @Nullable UUID personId) {
		if (!mayProduce(caller)) {
			throw new AccessDeniedException("Only the Early Help team may produce a subject access record");
		}
		Family family = this.families.families(List.of(familyId))
			.stream()
			.findFirst()
			.orElseThrow(() -> UserErrorException.of("familyId", "NOT_FOUND", "There is no such family."));
		List<Person> people = this.families.members(List.of(familyId));
		Person subject = null;
		if (personId != null) {
			subject = people.stream()
				.filter(person -> person.id().equals(personId))
				.findFirst()
				.orElseThrow(() -> UserErrorException.of("personId", "NOT_IN_FAMILY",
						"This person is not a member of this family."));
		}
		List<Episode> found = this.episodes.ofFamilies(caller, List.of(familyId))
			.getOrDefault(familyId, List.of())
			.stream()
			.sorted(Comparator.comparing(Episode::openedOn).thenComparing(Episode::reference))
			.toList();
		Batch batch = new Batch(caller, family, people, found);
		Marks marks = new Marks(people, subject);
		SubjectAccessRecord record = new SubjectAccessRecord(family.id().toString(), family.reference(),
				(subject != null) ? subject.id().toString() : null,
				(subject != null) ? List.of(name(subject)) : people.stream().map(SubjectAccessService::name).toList(),
				this.clock.instant(), caller.displayName(), address(family.address(), subject),
				family.primaryLanguage(), family.interpreterRequired(),
				people.stream()
					.filter(person -> marks.isSubject(person.id()))
					.map(person -> new Member(person.id().toString(), person.givenName(), person.familyName(),
							person.role(), person.dateOfBirth(), person.expectedDateOfBirth(), person.livesInHousehold(),
							person.hasParentalResponsibility()))
					.toList(),
				found.stream().map(episode -> batch.episode(episode, marks)).toList(), batch.referrals(marks),
				batch.trail(marks));
		this.audit.record(caller, "produced a subject access record", familyId, null,
				(subject != null) ? "for " + name(subject) + " (" + subject.id() + ")" : "for the whole family");
		return record;
	}

	private static @Nullable String address(@Nullable Address address, @Nullable Person subject) {
		if (address == null || (subject != null && !subject.livesInHousehold())) {
			return null;
		}
		String line = Stream.of(address.line1(), address.line2(), address.town(), address.postcode())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		return line.isEmpty() ? null : line;
	}

	static String name(Person person) {
		return person.givenName() + " " + person.familyName();
	}

	/** Who the data subjects are, and which other people an entry is about. */
	static final class Marks {

		private final List<Person> people;

		private final @Nullable Person subject;

		private final Map<Person, Pattern> namePatterns;

		Marks(List<Person> people, @Nullable Person subject) {
			this.people = people;
			this.subject = subject;
			this.namePatterns = people.stream()
				.collect(Collectors.toMap(Function.identity(),
						person -> Pattern.compile("\\b(" + Pattern.quote(person.givenName()) + "|"
								+ Pattern.quote(name(person)) + ")\\b")));
		}

		boolean isSubject(@Nullable UUID personId) {
			return this.subject == null || this.subject.id().equals(personId);
		}

		boolean isPersonRequest() {
			return this.subject != null;
		}

		/** The people other than the subjects whom any of these texts name. */
		List<String> named(@Nullable String... texts) {
			Set<String> about = new LinkedHashSet<>();
			for (Person person : this.people) {
				if (isSubject(person.id())) {
					continue;
				}
				for (String text : texts) {
					if (text != null && this.namePatterns.get(person).matcher(text).find()) {
						about.add(name(person));
					}
				}
			}
			return List.copyOf(about);
		}

		/**
		 * In a person's record, the others of the family who said (with the subject) what was written: the children
		 * for the child's views, the adults for the family's. None in the family's own record.
		 */
		List<String> saidByOthers(@Nullable String text, boolean children) {
			if (!isPersonRequest() || text == null || text.isBlank()) {
				return List.of();
			}
			return this.people.stream()
				.filter(person -> !isSubject(person.id()))
				.filter(person -> (person.role() == PersonRole.CHILD) == children)
				.map(SubjectAccessService::name)
				.toList();
		}

		/** A person other than the subjects, by id: their name; empty for a subject or someone not of the family. */
		List<String> other(@Nullable UUID personId) {
			if (personId == null || isSubject(personId)) {
				return List.of();
			}
			return this.people.stream().filter(person -> person.id().equals(personId)).map(SubjectAccessService::name)
				.toList();
		}

		@SafeVarargs
		static List<String> union(List<String>... lists) {
			return List.copyOf(Stream.of(lists).flatMap(List::stream).collect(Collectors.toCollection(LinkedHashSet::new)));
		}

	}

	/** Everything the record needs, read once for every episode. */
	private final class Batch {

		private final Map<UUID, Person> personById;

		private final Map<UUID, List<TeamMember>> teamByEpisode;

		private final Map<UUID, TeamMember> memberById;

		private final Map<UUID, Practitioner> practitionerById;

		private final Map<UUID, Agency> agencyById;

		private final Map<UUID, List<Consent>> consentsByEpisode;

		private final Map<UUID, List<UUID>> excludedByConsent;

		private final Map<UUID, List<Assessment>> assessmentsByEpisode;

		private final Map<UUID, List<String>> servicesByAssessment;

		private final Map<UUID, List<PersonView>> viewsByAssessment;

		private final Map<UUID, List<ChildVoice>> voicesByAssessment;

		private final Map<UUID, List<Outcome>> outcomesByEpisode;

		private final Map<UUID, List<Action>> actionsByOutcome;

		private final Map<String, String> needAreaNames;

		private final Map<UUID, List<NeedArea>> needsByAssessment;

		private final Map<UUID, List<Meeting>> meetingsByEpisode;

		private final Map<UUID, List<Review>> reviewsByEpisode;

		private final Map<UUID, Closure> closureByEpisode;

		private final Map<UUID, List<String>> signposting;

		private final Map<UUID, List<FamilyComment>> commentsByEpisode;

		private final Map<UUID, List<Handover>> handoversByEpisode;

		private final List<SafeguardingReferral> referrals;

		private final Map<UUID, String> referenceByEpisode;

		private final List<AuditEvent> trail;

		Batch(Caller caller, Family family, List<Person> people, List<Episode> found) {
			SubjectAccessService service = SubjectAccessService.this;
			List<UUID> episodeIds = found.stream().map(Episode::id).toList();
			this.referenceByEpisode = found.stream().collect(Collectors.toMap(Episode::id, Episode::reference));
			this.personById = byKey(people, Person::id);
			List<TeamMember> team = service.teams.ofEpisodes(episodeIds);
			this.teamByEpisode = team.stream().collect(Collectors.groupingBy(TeamMember::episodeId));
			this.memberById = byKey(team, TeamMember::id);
			List<Consent> consents = service.consents.ofEpisodes(caller, episodeIds);
			this.consentsByEpisode = consents.stream().collect(Collectors.groupingBy(Consent::episodeId));
			this.excludedByConsent = service.consents.excludedAgencyIds(consents.stream().map(Consent::id).toList());
			List<Assessment> assessments = service.assessments.ofEpisodes(caller, episodeIds);
			this.assessmentsByEpisode = assessments.stream().collect(Collectors.groupingBy(Assessment::episodeId));
			List<UUID> assessmentIds = assessments.stream().map(Assessment::id).toList();
			this.servicesByAssessment = service.assessments.servicesInvolved(caller, assessmentIds);
			this.needsByAssessment = service.needs.needAreas(caller, assessmentIds);
			this.viewsByAssessment = service.assessments.views(caller, assessmentIds)
				.stream()
				.collect(Collectors.groupingBy(PersonView::assessmentId));
			this.voicesByAssessment = service.assessments.childVoices(caller, assessmentIds)
				.stream()
				.collect(Collectors.groupingBy(ChildVoice::assessmentId));
			List<Outcome> outcomes = service.plans.outcomesOfEpisodes(caller, episodeIds);
			this.outcomesByEpisode = outcomes.stream().collect(Collectors.groupingBy(Outcome::episodeId));
			this.actionsByOutcome = service.plans.actionsOfOutcomes(outcomes.stream().map(Outcome::id).toList())
				.stream()
				.collect(Collectors.groupingBy(Action::outcomeId));
			this.needAreaNames = service.policies
				.needAreas(outcomes.stream().map(Outcome::needAreaCode).distinct().toList())
				.stream()
				.collect(Collectors.toMap(NeedArea::code, NeedArea::name));
			this.meetingsByEpisode = service.reviews.meetingsOfEpisodes(caller, episodeIds)
				.stream()
				.collect(Collectors.groupingBy(Meeting::episodeId));
			List<Review> reviews = service.reviews.reviewsOfEpisodes(caller, episodeIds);
			this.reviewsByEpisode = reviews.stream().collect(Collectors.groupingBy(Review::episodeId));
			this.closureByEpisode = byKey(service.closures.ofEpisodes(caller, episodeIds), Closure::episodeId);
			this.signposting = service.closures.signposting(this.closureByEpisode.keySet());
			this.commentsByEpisode = service.comments.ofEpisodes(caller, episodeIds)
				.stream()
				.collect(Collectors.groupingBy(FamilyComment::episodeId));
			this.handoversByEpisode = service.teams.handovers(caller, episodeIds)
				.stream()
				.collect(Collectors.groupingBy(Handover::episodeId));
			this.referrals = service.safeguarding.ofFamilies(caller, List.of(family.id()));
			// Every practitioner the record names, and their agencies, in one read each.
			List<UUID> practitionerIds = Stream
				.of(team.stream().map(TeamMember::practitionerId), consents.stream().map(Consent::recordedById),
						reviews.stream().map(Review::recordedById),
						this.referrals.stream().map(SafeguardingReferral::decidedById))
				.flatMap(Function.identity())
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			this.practitionerById = byKey(service.agencies.practitioners(practitionerIds), Practitioner::id);
			this.agencyById = byKey(service.agencies.agencies(Stream
				.concat(this.practitionerById.values().stream().map(Practitioner::agencyId),
						this.excludedByConsent.values().stream().flatMap(List::stream))
				.distinct()
				.toList()), Agency::id);
			this.trail = service.audit.wholeTrail(family.id());
		}

		EpisodeRecord episode(Episode episode, Marks marks) {
			UUID id = episode.id();
			List<StatusChange> history = this.trail.stream()
				.filter(event -> id.equals(event.episodeId()) && EPISODE.equals(event.subjectType()))
				.sorted(Comparator.comparing(AuditEvent::occurredAt))
				.flatMap(event -> event.changes()
					.stream()
					.filter(change -> "status".equals(change.field()))
					.map(change -> new StatusChange(event.occurredAt(), change.before(), change.after(),
							event.actorName())))
				.toList();
			List<String> reasonsAbout = marks.named(episode.requestReasons());
			SubjectAccessRecord.Request request = new SubjectAccessRecord.Request(episode.requestReasons(),
					!reasonsAbout.isEmpty(), reasonsAbout);
			List<ConsentEntry> consents = this.consentsByEpisode.getOrDefault(id, List.of())
				.stream()
				.filter(consent -> marks.isSubject(consent.givenById()))
				.sorted(Comparator.comparing(Consent::recordedAt))
				.map(consent -> {
					List<String> about = marks.named(consent.notes());
					return new ConsentEntry(personName(consent.givenById()), practitionerName(consent.recordedById()),
							consent.scope(), consent.decision(), consent.method(), consent.recordedAt(),
							this.excludedByConsent.getOrDefault(consent.id(), List.of())
								.stream()
								.map(this.agencyById::get)
								.filter(Objects::nonNull)
								.map(Agency::name)
								.toList(),
							consent.notes(), consent.signed(), !about.isEmpty(), about);
				})
				.toList();
			List<AssessmentEntry> assessments = this.assessmentsByEpisode.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(Assessment::startedOn))
				.map(assessment -> assessment(assessment, marks))
				.toList();
			List<TeamMember> team = this.teamByEpisode.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(TeamMember::joinedOn).thenComparing(TeamMember::isLead,
						Comparator.reverseOrder()))
				.toList();
			List<OutcomeEntry> outcomes = this.outcomesByEpisode.getOrDefault(id, List.of())
				.stream()
				.filter(outcome -> outcome.forPersonId() == null || marks.isSubject(outcome.forPersonId()))
				.sorted(Comparator.comparing(Outcome::targetDate))
				.map(outcome -> outcome(outcome, marks))
				.toList();
			List<TeamEntry> teamEntries = team.stream().map(member -> teamEntry(member, marks)).toList();
			List<HandoverEntry> handovers = this.handoversByEpisode.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(Handover::handedOverOn))
				.map(handover -> {
					List<String> about = Marks.union(marks.named(handover.notes()),
							marks.other(personOf(handover.fromMemberId())), marks.other(personOf(handover.toMemberId())));
					return new HandoverEntry(memberName(handover.fromMemberId()), memberName(handover.toMemberId()),
							handover.handedOverOn(), handover.familyConsulted(), handover.notes(), !about.isEmpty(),
							about);
				})
				.toList();
			List<MeetingEntry> meetings = this.meetingsByEpisode.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(Meeting::scheduledFor))
				.map(meeting -> {
					List<String> about = marks.named(meeting.notes(), meeting.cancellationReason());
					return new MeetingEntry(meeting.kind(), meeting.scheduledFor(), meeting.heldOn(),
							meeting.familyAttended(), meeting.notes(), meeting.cancelledAt(),
							meeting.cancellationReason(), !about.isEmpty(), about);
				})
				.toList();
			List<ReviewEntry> reviews = this.reviewsByEpisode.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(Review::heldOn))
				.map(review -> {
					List<String> about = Marks.union(marks.named(review.familyViews(), review.childViews()),
							marks.saidByOthers(review.familyViews(), false),
							marks.saidByOthers(review.childViews(), true));
					return new ReviewEntry(review.heldOn(), review.progress(), review.decision(), review.familyViews(),
							review.childViews(), review.nextReviewDue(), practitionerName(review.recordedById()),
							!about.isEmpty(), about);
				})
				.toList();
			List<CommentEntry> comments = this.commentsByEpisode.getOrDefault(id, List.of())
				.stream()
				.filter(comment -> marks.isSubject(comment.authorId()))
				.sorted(Comparator.comparing(FamilyComment::writtenAt))
				.map(comment -> {
					List<String> about = marks.named(comment.text());
					return new CommentEntry(personName(comment.authorId()), comment.writtenAt(), comment.text(),
							comment.recordedOnBehalf(), Boolean.TRUE.equals(comment.hiddenFromYoungPeople()),
							!about.isEmpty(), about);
				})
				.toList();
			Closure closure = this.closureByEpisode.get(id);
			ClosureEntry closed = null;
			if (closure != null) {
				List<String> about = Marks.union(
						marks.named(closure.summary(), closure.familyFeedback(), closure.childFeedback()),
						marks.saidByOthers(closure.familyFeedback(), false),
						marks.saidByOthers(closure.childFeedback(), true));
				closed = new ClosureEntry(closure.closedOn(), closure.reason(), closure.summary(),
						closure.familyFeedback(), closure.childFeedback(), this.signposting.getOrDefault(id, List.of()),
						(closure.transfer() != null) ? closure.transfer().receivingAuthority() : null, !about.isEmpty(),
						about);
			}
			return new EpisodeRecord(id.toString(), episode.reference(), episode.status(), episode.levelOfNeed(),
					episode.source(), episode.openedOn(), request, history, consents, assessments, outcomes,
					teamEntries, handovers, meetings, reviews, comments, closed);
		}

		private AssessmentEntry assessment(Assessment assessment, Marks marks) {
			List<ViewEntry> views = this.viewsByAssessment.getOrDefault(assessment.id(), List.of())
				.stream()
				.filter(view -> marks.isSubject(view.personId()))
				.map(view -> {
					List<String> about = marks.named(view.worries(), view.strengths(), view.wishes());
					return new ViewEntry(personName(view.personId()), view.worries(), view.strengths(), view.wishes(),
							view.isOpinion(), !about.isEmpty(), about);
				})
				.toList();
			List<VoiceEntry> voices = this.voicesByAssessment.getOrDefault(assessment.id(), List.of())
				.stream()
				.filter(voice -> marks.isSubject(voice.childId()))
				.map(voice -> VoiceEntry.of(personName(voice.childId()), voice,
						marks.named(voice.worries(), voice.goodThings(), voice.dreams())))
				.toList();
			List<String> about = marks.named(assessment.summary());
			return new AssessmentEntry(assessment.startedOn(), assessment.completedOn(), assessment.summary(),
					assessment.fromSocialCare(), assessment.socialCareReference(),
					this.servicesByAssessment.getOrDefault(assessment.id(), List.of()),
					this.needsByAssessment.getOrDefault(assessment.id(), List.of()).stream().map(NeedArea::name).toList(),
					!about.isEmpty(), about, views, voices);
		}

		private OutcomeEntry outcome(Outcome outcome, Marks marks) {
			List<ActionEntry> actions = this.actionsByOutcome.getOrDefault(outcome.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(Action::dueDate))
				.map(action -> {
					List<String> about = Marks.union(marks.named(action.description()),
							marks.other(personOf(action.ownerMemberId())));
					return new ActionEntry(action.description(), memberName(action.ownerMemberId()), action.dueDate(),
							action.status(), action.completedOn(), !about.isEmpty(), about);
				})
				.toList();
			List<String> about = marks.named(outcome.description(), outcome.measure());
			return new OutcomeEntry((outcome.forPersonId() != null) ? personName(outcome.forPersonId()) : null,
					this.needAreaNames.getOrDefault(outcome.needAreaCode(), outcome.needAreaCode()),
					outcome.description(), outcome.measure(), outcome.targetDate(), outcome.status(), !about.isEmpty(),
					about, actions);
		}

		private TeamEntry teamEntry(TeamMember member, Marks marks) {
			Practitioner practitioner = (member.practitionerId() != null)
					? this.practitionerById.get(member.practitionerId()) : null;
			List<String> about = Marks.union(marks.other(member.personId()), marks.named(member.roleDescription()));
			Agency agency = (practitioner != null) ? this.agencyById.get(practitioner.agencyId()) : null;
			return new TeamEntry(memberName(member.id()), (practitioner != null) ? practitioner.jobTitle() : null,
					(agency != null) ? agency.name() : null, member.roleDescription(), member.isLead(),
					member.joinedOn(), member.leftOn(), !about.isEmpty(), about);
		}

		List<Referral> referrals(Marks marks) {
			return this.referrals.stream()
				.sorted(Comparator.comparing(SafeguardingReferral::decidedAt))
				.map(referral -> {
					List<String> about = marks.named(referral.reason());
					return new Referral(
							(referral.episodeId() != null) ? this.referenceByEpisode.get(referral.episodeId()) : null,
							referral.decidedAt(), practitionerName(referral.decidedById()), referral.reason(),
							referral.socialCareReference(), !about.isEmpty(), about);
				})
				.toList();
		}

		List<AuditEntry> trail(Marks marks) {
			return this.trail.stream().map(event -> {
				List<String> changes = event.changes()
					.stream()
					.map(change -> "%s: %s → %s".formatted(change.field(), text(change.before()), text(change.after())))
					.toList();
				List<String> about = marks.named(changes.toArray(String[]::new));
				return new AuditEntry(event.occurredAt(), event.actorName(), event.actorKind(), event.channel().name(),
						event.operation(), event.episodeReference(), event.isWrite(), changes, !about.isEmpty(), about);
			}).toList();
		}

		private @Nullable UUID personOf(UUID memberId) {
			TeamMember member = this.memberById.get(memberId);
			return (member != null) ? member.personId() : null;
		}

		private String personName(UUID personId) {
			Person person = this.personById.get(personId);
			return (person != null) ? name(person) : "Someone no longer in the family";
		}

		private @Nullable String practitionerName(@Nullable UUID practitionerId) {
			if (practitionerId == null) {
				return null;
			}
			Practitioner practitioner = this.practitionerById.get(practitionerId);
			return (practitioner != null) ? practitioner.name() : "A former practitioner";
		}

		private String memberName(UUID memberId) {
			TeamMember member = this.memberById.get(memberId);
			if (member == null) {
				return "A former team member";
			}
			if (member.practitionerId() != null) {
				String name = practitionerName(member.practitionerId());
				return (name != null) ? name : "A former practitioner";
			}
			return (member.personId() != null) ? personName(member.personId()) : "A former team member";
		}

	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "(empty)";
	}

	private static <K, V> Map<K, V> byKey(Collection<V> values, Function<V, K> key) {
		return values.stream().collect(Collectors.toMap(key, Function.identity(), (one, other) -> one));
	}

}
