package org.hearth.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hearth.access.Caller;
import org.hearth.agency.Agency;
import org.hearth.agency.AgencyService;
import org.hearth.agency.Practitioner;
import org.hearth.assessment.Assessment;
import org.hearth.assessment.AssessmentNeeds;
import org.hearth.assessment.AssessmentService;
import org.hearth.casefile.CaseFile.ActionRecord;
import org.hearth.casefile.CaseFile.AssessmentRecord;
import org.hearth.casefile.CaseFile.ClosureRecord;
import org.hearth.casefile.CaseFile.CommentRecord;
import org.hearth.casefile.CaseFile.ConsentRecord;
import org.hearth.casefile.CaseFile.Due;
import org.hearth.casefile.CaseFile.MeetingRecord;
import org.hearth.casefile.CaseFile.Member;
import org.hearth.casefile.CaseFile.OutcomeRecord;
import org.hearth.casefile.CaseFile.ReviewRecord;
import org.hearth.casefile.CaseFile.TeamMember;
import org.hearth.casefile.CaseFile.View;
import org.hearth.casefile.CaseFile.Voice;
import org.hearth.closure.ClosureService;
import org.hearth.comment.CommentService;
import org.hearth.consent.ConsentService;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.episode.Timescales;
import org.hearth.graphql.UserErrorException;
import org.hearth.family.Address;
import org.hearth.family.Family;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.plan.Action;
import org.hearth.plan.Outcome;
import org.hearth.plan.PlanService;
import org.hearth.policy.NeedArea;
import org.hearth.policy.Policy;
import org.hearth.policy.PolicyService;
import org.hearth.review.ReviewService;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads case files: the episodes the caller may see (the read rule of {@link EpisodeService#findVisible}, audited
 * there), with everything in them read through each feature's batch reads, a fixed number of queries for any number
 * of files. Like every read, it runs without a transaction: a change landing between two of its statements shows
 * in part until the next refresh, which the app makes whenever it can.
 */
@Service
public class CaseFileService {

	/** Enough for a worker's whole open caseload in one call; the app asks again for more. */
	public static final int MAX_FILES = 50;

	private final EpisodeService episodes;

	private final FamilyService families;

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

	private final org.hearth.family.ContactService contacts;

	private final Clock clock;

	CaseFileService(EpisodeService episodes, FamilyService families, AgencyService agencies, TeamService teams,
			ConsentService consents, AssessmentService assessments, AssessmentNeeds needs, PlanService plans,
			PolicyService policies, ReviewService reviews, ClosureService closures, CommentService comments,
			org.hearth.family.ContactService contacts, Clock clock) {
		this.contacts = contacts;
		this.episodes = episodes;
		this.families = families;
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
		this.clock = clock;
	}

	/**
	 * The case files of these episodes that the caller may see, in the order asked; an episode they may not see is
	 * left out, as one that does not exist. A case file is the practitioner's whole record of an episode: a family
	 * member gets none (what they may read of their family's episodes is narrowed field by field, see the access
	 * package).
	 * @throws UserErrorException with {@code TOO_MANY} for more than {@link #MAX_FILES} ids
	 */
	public List<CaseFile> files(Caller caller, List<UUID> episodeIds) {
		if (episodeIds.size() > MAX_FILES) {
			throw UserErrorException.of("episodeIds", "TOO_MANY",
					"Ask for at most " + MAX_FILES + " case files at a time.");
		}
		if (caller instanceof Caller.FamilyMemberCaller) {
			return List.of();
		}
		List<Episode> found = this.episodes.findVisible(caller, episodeIds.stream().distinct().toList());
		if (found.isEmpty()) {
			return List.of();
		}
		Instant readAt = this.clock.instant();
		Policy policy = this.policies.current();
		CaseFile.PolicyFacts facts = new CaseFile.PolicyFacts(
				policy.needAreas().stream().map(area -> new CaseFile.NeedAreaOption(area.code(), area.name())).toList(),
				policy.outcomeHorizonDays(), policy.maxReviewIntervalDays());
		Batch batch = new Batch(caller, found);
		Map<UUID, Episode> byId = byKey(found, Episode::id);
		return episodeIds.stream()
			.distinct()
			.map(byId::get)
			.filter(Objects::nonNull)
			.map(episode -> batch.file(episode, facts, readAt))
			.toList();
	}

	/** Everything the files need, read once for all of them. */
	private final class Batch {

		private final Map<UUID, Family> familyById;

		private final Map<UUID, List<Person>> peopleByFamily;

		private final Map<UUID, Person> personById;

		private final Map<UUID, org.hearth.family.Contact> contactById;

		private final Map<UUID, List<org.hearth.team.TeamMember>> teamByEpisode;

		private final Map<UUID, Practitioner> practitionerById;

		private final Map<UUID, Agency> agencyById;

		private final Map<UUID, List<org.hearth.consent.Consent>> consentsByEpisode;

		private final Map<UUID, List<UUID>> excludedByConsent;

		private final Map<UUID, Assessment> assessmentByEpisode;

		private final Map<UUID, List<org.hearth.assessment.PersonView>> viewsByAssessment;

		private final Map<UUID, List<org.hearth.assessment.ChildVoice>> voicesByAssessment;

		private final Map<UUID, List<String>> needsByAssessment;

		private final Map<UUID, List<Outcome>> outcomesByEpisode;

		private final Map<UUID, List<Action>> actionsByOutcome;

		private final Map<String, String> needAreaNames;

		private final Map<UUID, List<org.hearth.review.Meeting>> meetingsByEpisode;

		private final Map<UUID, List<org.hearth.review.Review>> reviewsByEpisode;

		private final Map<UUID, org.hearth.closure.Closure> closureByEpisode;

		private final Map<UUID, List<String>> signposting;

		private final Map<UUID, List<org.hearth.comment.FamilyComment>> commentsByEpisode;

		private final Map<Episode, Timescales> timescales;

		private final Caller caller;

		Batch(Caller caller, List<Episode> found) {
			this.caller = caller;
			List<UUID> episodeIds = found.stream().map(Episode::id).toList();
			List<UUID> familyIds = found.stream().map(Episode::familyId).distinct().toList();
			this.familyById = byKey(CaseFileService.this.families.families(familyIds), Family::id);
			List<Person> people = CaseFileService.this.families.members(familyIds);
			this.peopleByFamily = people.stream().collect(Collectors.groupingBy(Person::familyId));
			this.personById = byKey(people, Person::id);
			this.contactById = CaseFileService.this.contacts.contacts(this.caller, people);
			List<org.hearth.team.TeamMember> team = CaseFileService.this.teams.ofEpisodes(episodeIds)
				.stream()
				.filter(member -> member.leftOn() == null)
				.toList();
			this.teamByEpisode = team.stream().collect(Collectors.groupingBy(org.hearth.team.TeamMember::episodeId));
			this.practitionerById = byKey(CaseFileService.this.agencies
				.practitioners(team.stream().map(org.hearth.team.TeamMember::practitionerId).filter(Objects::nonNull).distinct().toList()),
					Practitioner::id);
			List<org.hearth.consent.Consent> consents = CaseFileService.this.consents.ofEpisodes(episodeIds);
			this.consentsByEpisode = consents.stream().collect(Collectors.groupingBy(org.hearth.consent.Consent::episodeId));
			this.excludedByConsent = CaseFileService.this.consents
				.excludedAgencyIds(consents.stream().map(org.hearth.consent.Consent::id).toList());
			this.agencyById = byKey(CaseFileService.this.agencies.agencies(Stream
				.concat(this.practitionerById.values().stream().map(Practitioner::agencyId),
						this.excludedByConsent.values().stream().flatMap(List::stream))
				.distinct()
				.toList()), Agency::id);
			this.assessmentByEpisode = CaseFileService.this.assessments.ofEpisodes(episodeIds)
				.stream()
				.collect(Collectors.toMap(Assessment::episodeId, Function.identity(),
						(one, other) -> one.startedOn().isAfter(other.startedOn()) ? one : other));
			List<UUID> assessmentIds = this.assessmentByEpisode.values().stream().map(Assessment::id).toList();
			this.viewsByAssessment = CaseFileService.this.assessments.views(assessmentIds)
				.stream()
				.collect(Collectors.groupingBy(org.hearth.assessment.PersonView::assessmentId));
			this.voicesByAssessment = CaseFileService.this.assessments.childVoices(assessmentIds)
				.stream()
				.collect(Collectors.groupingBy(org.hearth.assessment.ChildVoice::assessmentId));
			this.needsByAssessment = CaseFileService.this.needs.of(assessmentIds);
			List<Outcome> outcomes = CaseFileService.this.plans.outcomesOfEpisodes(episodeIds);
			this.outcomesByEpisode = outcomes.stream().collect(Collectors.groupingBy(Outcome::episodeId));
			this.actionsByOutcome = CaseFileService.this.plans
				.actionsOfOutcomes(outcomes.stream().map(Outcome::id).toList())
				.stream()
				.collect(Collectors.groupingBy(Action::outcomeId));
			this.needAreaNames = CaseFileService.this.policies
				.needAreas(outcomes.stream().map(Outcome::needAreaCode).distinct().toList())
				.stream()
				.collect(Collectors.toMap(NeedArea::code, NeedArea::name));
			this.meetingsByEpisode = CaseFileService.this.reviews.meetingsOfEpisodes(episodeIds)
				.stream()
				.collect(Collectors.groupingBy(org.hearth.review.Meeting::episodeId));
			this.reviewsByEpisode = CaseFileService.this.reviews.reviewsOfEpisodes(episodeIds)
				.stream()
				.collect(Collectors.groupingBy(org.hearth.review.Review::episodeId));
			this.closureByEpisode = byKey(CaseFileService.this.closures.ofEpisodes(episodeIds),
					org.hearth.closure.Closure::episodeId);
			this.signposting = CaseFileService.this.closures.signposting(this.closureByEpisode.keySet());
			this.commentsByEpisode = CaseFileService.this.comments.ofEpisodes(episodeIds)
				.stream()
				.collect(Collectors.groupingBy(org.hearth.comment.FamilyComment::episodeId));
			this.timescales = CaseFileService.this.episodes.timescales(found);
		}

		CaseFile file(Episode episode, CaseFile.PolicyFacts policy, Instant readAt) {
			Family family = this.familyById.get(episode.familyId());
			List<Person> people = this.peopleByFamily.getOrDefault(episode.familyId(), List.of());
			List<TeamMember> team = this.teamByEpisode.getOrDefault(episode.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(org.hearth.team.TeamMember::isLead).reversed()
					.thenComparing(org.hearth.team.TeamMember::joinedOn))
				.map(this::teamMember)
				.toList();
			List<ConsentRecord> consents = this.consentsByEpisode.getOrDefault(episode.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(org.hearth.consent.Consent::recordedAt))
				.map(this::consent)
				.toList();
			Assessment assessment = this.assessmentByEpisode.get(episode.id());
			AssessmentRecord assessed = (assessment != null) ? assessment(assessment) : null;
			List<OutcomeRecord> outcomes = this.outcomesByEpisode.getOrDefault(episode.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(Outcome::targetDate))
				.map(outcome -> outcome(outcome, team))
				.toList();
			List<MeetingRecord> meetings = this.meetingsByEpisode.getOrDefault(episode.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(org.hearth.review.Meeting::scheduledFor))
				.map(meeting -> new MeetingRecord(meeting.id().toString(), meeting.kind(), meeting.scheduledFor(),
						meeting.heldOn(), meeting.familyAttended(), meeting.notes(), meeting.cancelledAt(),
						meeting.cancellationReason(), meeting.version()))
				.toList();
			List<ReviewRecord> reviews = this.reviewsByEpisode.getOrDefault(episode.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(org.hearth.review.Review::heldOn))
				.map(review -> new ReviewRecord(review.id().toString(), review.heldOn(), review.progress(),
						review.decision(), review.familyViews(), review.childViews(), review.nextReviewDue()))
				.toList();
			org.hearth.closure.Closure closure = this.closureByEpisode.get(episode.id());
			ClosureRecord closed = (closure != null) ? new ClosureRecord(closure.closedOn(), closure.reason(),
					closure.summary(), this.signposting.getOrDefault(episode.id(), List.of())) : null;
			List<CommentRecord> comments = this.commentsByEpisode.getOrDefault(episode.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(org.hearth.comment.FamilyComment::writtenAt))
				.map(comment -> new CommentRecord(comment.id().toString(), comment.authorId().toString(),
						comment.writtenAt(), comment.text(), comment.recordedOnBehalf(),
						Boolean.TRUE.equals(comment.hiddenFromYoungPeople())))
				.toList();
			Timescales timescales = this.timescales.get(episode);
			Due due = new Due(timescales.assessmentDue(), timescales.initialMeetingDue(), timescales.nextReviewDue(),
					timescales.assessmentOverdue(), timescales.initialMeetingOverdue(), timescales.reviewOverdue(),
					timescales.overdueActions());
			int inHousehold = (int) people.stream().filter(Person::livesInHousehold).count();
			return new CaseFile(episode.id().toString(), episode.reference(), family.id().toString(), family.reference(), episode.status(),
					episode.levelOfNeed(), episode.requestReasons(), episode.openedOn(), episode.version(),
					oneLine(family.address()), family.primaryLanguage(), family.interpreterRequired(),
					people.stream().map(this::member).toList(), team, consents, assessed, outcomes, meetings, reviews,
					closed, comments, due, TaskList.of(episode.status(), due, team, consents, assessed, inHousehold,
							outcomes, meetings, reviews),
					policy, readAt);
		}

		private Member member(Person person) {
			return new Member(person.id().toString(), person.givenName(), person.familyName(), person.role(),
					person.dateOfBirth(), person.expectedDateOfBirth(), CaseFileService.this.families.ageOf(person),
					person.livesInHousehold(), person.hasParentalResponsibility(), person.version(),
					contact(person));
		}

		private CaseFile.@Nullable MemberContact contact(Person person) {
			org.hearth.family.Contact contact = this.contactById.get(person.id());
			return (contact != null && CaseFileService.this.contacts.mayBeContacted(person))
					? new CaseFile.MemberContact(contact.email(), contact.phone(), contact.agreedToBeContacted()) : null;
		}

		private TeamMember teamMember(org.hearth.team.TeamMember member) {
			Practitioner practitioner = (member.practitionerId() != null)
					? this.practitionerById.get(member.practitionerId()) : null;
			if (practitioner != null) {
				Agency agency = this.agencyById.get(practitioner.agencyId());
				return new TeamMember(member.id().toString(), practitioner.name(), practitioner.jobTitle(),
						practitioner.agencyId().toString(), (agency != null) ? agency.name() : null, practitioner.email(), practitioner.phone(),
						member.roleDescription(), member.isLead(), member.joinedOn(), practitioner.id().toString(),
						null);
			}
			Person person = (member.personId() != null) ? this.personById.get(member.personId()) : null;
			String name = (person != null) ? person.givenName() + " " + person.familyName() : "Family member";
			return new TeamMember(member.id().toString(), name, null, null, null, null, null, member.roleDescription(),
					member.isLead(), member.joinedOn(), null,
					(member.personId() != null) ? member.personId().toString() : null);
		}

		private ConsentRecord consent(org.hearth.consent.Consent consent) {
			List<String> excluded = this.excludedByConsent.getOrDefault(consent.id(), List.of())
				.stream()
				.map(this.agencyById::get)
				.filter(Objects::nonNull)
				.map(Agency::name)
				.toList();
			return new ConsentRecord(consent.id().toString(), consent.givenById().toString(), consent.scope(),
					consent.decision(), consent.method(), consent.recordedAt(), excluded, consent.notes(),
					consent.signed());
		}

		private AssessmentRecord assessment(Assessment assessment) {
			List<View> views = this.viewsByAssessment.getOrDefault(assessment.id(), List.of())
				.stream()
				.map(view -> new View(view.id().toString(), view.personId().toString(), view.worries(),
						view.strengths(), view.wishes(), view.isOpinion(), view.version()))
				.toList();
			List<Voice> voices = this.voicesByAssessment.getOrDefault(assessment.id(), List.of())
				.stream()
				.map(Voice::of)
				.toList();
			return new AssessmentRecord(assessment.id().toString(), assessment.startedOn(), assessment.completedOn(),
					assessment.summary(), assessment.fromSocialCare(), assessment.version(), views, voices,
					this.needsByAssessment.getOrDefault(assessment.id(), List.of()));
		}

		private OutcomeRecord outcome(Outcome outcome, List<TeamMember> team) {
			Map<String, String> names = team.stream()
				.collect(Collectors.toMap(TeamMember::memberId, TeamMember::name));
			List<ActionRecord> actions = this.actionsByOutcome.getOrDefault(outcome.id(), List.of())
				.stream()
				.sorted(Comparator.comparing(Action::dueDate))
				.map(action -> new ActionRecord(action.id().toString(), action.description(),
						action.ownerMemberId().toString(),
						names.getOrDefault(action.ownerMemberId().toString(), "A former team member"),
						action.dueDate(), action.status(), action.completedOn(),
						CaseFileService.this.plans.isOverdue(action), action.version()))
				.toList();
			return new OutcomeRecord(outcome.id().toString(),
					(outcome.forPersonId() != null) ? outcome.forPersonId().toString() : null,
					this.needAreaNames.getOrDefault(outcome.needAreaCode(), outcome.needAreaCode()),
					outcome.description(), outcome.measure(), outcome.targetDate(), outcome.status(),
					outcome.version(), actions);
		}

	}

	private static @Nullable String oneLine(@Nullable Address address) {
		if (address == null) {
			return null;
		}
		String line = Stream.of(address.line1(), address.line2(), address.town(), address.postcode())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		return line.isEmpty() ? null : line;
	}

	private static <K, V> Map<K, V> byKey(Collection<V> values, Function<V, K> key) {
		return values.stream().collect(Collectors.toMap(key, Function.identity(), (one, other) -> one));
	}

}
