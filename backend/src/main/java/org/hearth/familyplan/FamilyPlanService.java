package org.hearth.familyplan;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.access.Caller;
import org.hearth.agency.Agency;
import org.hearth.agency.AgencyService;
import org.hearth.closure.ClosureService;
import org.hearth.comment.CommentService;
import org.hearth.comment.FamilyComment;
import org.hearth.consent.Consent;
import org.hearth.consent.ConsentService;
import org.hearth.episode.Episode;
import org.hearth.episode.EpisodeService;
import org.hearth.familyplan.FamilyPlan.Action;
import org.hearth.familyplan.FamilyPlan.Closure;
import org.hearth.familyplan.FamilyPlan.Comment;
import org.hearth.familyplan.FamilyPlan.ConsentGiven;
import org.hearth.familyplan.FamilyPlan.LastReview;
import org.hearth.familyplan.FamilyPlan.NextMeeting;
import org.hearth.familyplan.FamilyPlan.Outcome;
import org.hearth.familyplan.FamilyPlan.Plan;
import org.hearth.familyplan.FamilyPlan.Practitioner;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.family.PersonRole;
import org.hearth.plan.PlanService;
import org.hearth.policy.NeedArea;
import org.hearth.policy.PolicyService;
import org.hearth.review.Meeting;
import org.hearth.review.Review;
import org.hearth.review.ReviewService;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads a family member's own plan: their family's episode open now, or else the last one closed, found behind the
 * episodes' read rule (and audited there as a read of the episode), with everything in it read through each feature's
 * batch reads, a fixed number of statements however big the plan. Family members are named by first name only.
 */
@Service
public class FamilyPlanService {

	private final EpisodeService episodes;

	private final FamilyService families;

	private final AgencyService agencies;

	private final TeamService teams;

	private final PlanService plans;

	private final PolicyService policies;

	private final ReviewService reviews;

	private final ClosureService closures;

	private final CommentService comments;

	private final ConsentService consents;

	private final FamilyViewProperties properties;

	private final Clock clock;

	FamilyPlanService(EpisodeService episodes, FamilyService families, AgencyService agencies, TeamService teams,
			PlanService plans, PolicyService policies, ReviewService reviews, ClosureService closures,
			CommentService comments, ConsentService consents, FamilyViewProperties properties, Clock clock) {
		this.episodes = episodes;
		this.families = families;
		this.agencies = agencies;
		this.teams = teams;
		this.plans = plans;
		this.policies = policies;
		this.reviews = reviews;
		this.closures = closures;
		this.comments = comments;
		this.consents = consents;
		this.properties = properties;
		this.clock = clock;
	}

	/** The caller's family's plan as they may read it. */
	public FamilyPlan myPlan(Caller.FamilyMemberCaller caller) {
		Instant readAt = this.clock.instant();
		List<Person> people = this.families.members(List.of(caller.familyId()));
		Map<UUID, Person> personById = byKey(people, Person::id);
		Person me = personById.get(caller.personId());
		String firstName = (me != null) ? me.givenName() : caller.displayName();
		String familyName = (me != null) ? me.familyName() : "";
		Episode chosen = choose(this.episodes.ofFamilies(caller, List.of(caller.familyId()))
			.getOrDefault(caller.familyId(), List.of()));
		// Read again through the episode's read rule, which records the read in the family's audit trail.
		Episode episode = (chosen != null)
				? this.episodes.findVisible(caller, List.of(chosen.id())).stream().findFirst().orElse(null) : null;
		boolean youngPerson = me != null && me.role() == PersonRole.CHILD;
		Plan plan = (episode != null) ? plan(caller, episode, me, personById) : null;
		return new FamilyPlan(caller.personId().toString(), firstName, familyName, youngPerson, plan,
				this.properties.emergencyContact(), leadAwayContact(plan), readAt);
	}

	/** Who to contact when the lead is away: the office of the lead's agency when it has a number, else the council's. */
	private String leadAwayContact(@Nullable Plan plan) {
		Practitioner lead = (plan != null) ? plan.lead() : null;
		return (lead != null && lead.agency() != null && lead.agencyPhone() != null)
				? lead.agency() + " on " + lead.agencyPhone() : this.properties.leadAwayContact();
	}

	/** The episode open now, or else the newest closed one (episodes come newest first). */
	private static @Nullable Episode choose(List<Episode> newestFirst) {
		return newestFirst.stream()
			.filter(Episode::isOpen)
			.findFirst()
			.orElse(newestFirst.isEmpty() ? null : newestFirst.getFirst());
	}

	private Plan plan(Caller.FamilyMemberCaller caller, Episode episode, @Nullable Person me,
			Map<UUID, Person> personById) {
		List<UUID> ids = List.of(episode.id());
		List<TeamMember> team = this.teams.ofEpisodes(ids)
			.stream()
			.filter(member -> member.leftOn() == null)
			.sorted(Comparator.comparing(TeamMember::isLead).reversed().thenComparing(TeamMember::joinedOn))
			.toList();
		Map<UUID, org.hearth.agency.Practitioner> practitionerById = byKey(this.agencies.practitioners(
				team.stream().map(TeamMember::practitionerId).filter(Objects::nonNull).distinct().toList()),
				org.hearth.agency.Practitioner::id);
		Map<UUID, Agency> agencyById = byKey(this.agencies.agencies(practitionerById.values()
			.stream()
			.map(org.hearth.agency.Practitioner::agencyId)
			.distinct()
			.toList()), Agency::id);
		Map<UUID, String> nameOfMember = team.stream()
			.collect(Collectors.toMap(TeamMember::id, member -> name(member, practitionerById, personById)));
		List<Practitioner> practitioners = team.stream()
			.filter(member -> member.practitionerId() != null && practitionerById.containsKey(member.practitionerId()))
			.map(member -> {
				org.hearth.agency.Practitioner practitioner = practitionerById.get(member.practitionerId());
				Agency agency = agencyById.get(practitioner.agencyId());
				return new Practitioner(practitioner.name(), practitioner.jobTitle(),
						(agency != null) ? agency.name() : null, (agency != null) ? agency.phone() : null,
						practitioner.phone(), practitioner.email(), member.roleDescription(), member.isLead());
			})
			.toList();
		Practitioner lead = practitioners.stream().filter(Practitioner::lead).findFirst().orElse(null);
		List<String> familyOnTeam = team.stream()
			.filter(member -> member.personId() != null)
			.map(member -> nameOfMember.get(member.id()))
			.toList();
		// The caller's places on the team (now): the actions they own, which they may mark done.
		Set<UUID> myPlaces = team.stream()
			.filter(member -> caller.personId().equals(member.personId()))
			.map(TeamMember::id)
			.collect(Collectors.toSet());

		List<org.hearth.plan.Outcome> outcomes = this.plans.outcomesOfEpisodes(caller, ids);
		Map<UUID, List<org.hearth.plan.Action>> actionsByOutcome = this.plans
			.actionsOfOutcomes(outcomes.stream().map(org.hearth.plan.Outcome::id).toList())
			.stream()
			.collect(Collectors.groupingBy(org.hearth.plan.Action::outcomeId));
		Map<String, String> needAreaNames = this.policies
			.needAreas(outcomes.stream().map(org.hearth.plan.Outcome::needAreaCode).distinct().toList())
			.stream()
			.collect(Collectors.toMap(NeedArea::code, NeedArea::name));
		List<Outcome> outcomeViews = outcomes.stream()
			.sorted(Comparator.comparing(org.hearth.plan.Outcome::targetDate))
			.map(outcome -> new Outcome(outcome.id().toString(), outcome.description(),
					firstName(outcome.forPersonId(), personById),
					needAreaNames.getOrDefault(outcome.needAreaCode(), outcome.needAreaCode()), outcome.status(),
					outcome.targetDate(), actionsByOutcome.getOrDefault(outcome.id(), List.of())
						.stream()
						.sorted(Comparator.comparing(org.hearth.plan.Action::dueDate))
						.map(action -> new Action(action.id().toString(), action.version(), action.description(),
								nameOfMember.getOrDefault(action.ownerMemberId(), "Someone who has left the team"),
								action.dueDate(), action.status(), action.completedOn(), this.plans.isOverdue(action),
								myPlaces.contains(action.ownerMemberId())))
						.toList()))
			.toList();

		NextMeeting next = this.reviews.meetingsOfEpisodes(caller, ids)
			.stream()
			.filter(Meeting::isUpcoming)
			.min(Comparator.comparing(Meeting::scheduledFor))
			.map(meeting -> new NextMeeting(meeting.kind(), meeting.scheduledFor()))
			.orElse(null);
		LastReview last = this.reviews.reviewsOfEpisodes(caller, ids)
			.stream()
			.max(Comparator.comparing(Review::heldOn))
			.map(review -> new LastReview(review.heldOn(), review.progress(), review.decision(), review.familyViews(),
					review.nextReviewDue()))
			.orElse(null);
		Closure closure = this.closures.ofEpisodes(caller, ids)
			.stream()
			.findFirst()
			.map(closed -> new Closure(closed.closedOn(), closed.reason(),
					this.closures.signposting(ids).getOrDefault(episode.id(), List.of())))
			.orElse(null);
		List<Comment> said = this.comments.ofEpisodes(caller, ids)
			.stream()
			.sorted(Comparator.comparing(FamilyComment::writtenAt))
			.map(comment -> new Comment(comment.id().toString(),
					Objects.requireNonNullElse(firstName(comment.authorId(), personById), "Someone in the family"),
					comment.writtenAt(), comment.text(), comment.authorId().equals(caller.personId()),
					Boolean.TRUE.equals(comment.hiddenFromYoungPeople())))
			.toList();
		List<ConsentGiven> consents = this.consents.ofEpisodes(caller, ids)
			.stream()
			.sorted(Comparator.comparing(Consent::recordedAt))
			.map(consent -> new ConsentGiven(consent.scope(), consent.decision(), consent.recordedAt(),
					consent.recordedById() == null))
			.toList();
		boolean mayWithdraw = episode.isOpen() && me != null && this.families.mayDecide(me);
		return new Plan(episode.id().toString(), episode.status(), episode.openedOn(), lead, practitioners,
				familyOnTeam, outcomeViews, next, last, closure, said, consents, mayWithdraw);
	}

	private static String name(TeamMember member, Map<UUID, org.hearth.agency.Practitioner> practitionerById,
			Map<UUID, Person> personById) {
		if (member.practitionerId() != null && practitionerById.containsKey(member.practitionerId())) {
			return practitionerById.get(member.practitionerId()).name();
		}
		return Objects.requireNonNullElse(firstName(member.personId(), personById), "Someone in the family");
	}

	private static @Nullable String firstName(@Nullable UUID personId, Map<UUID, Person> personById) {
		Person person = (personId != null) ? personById.get(personId) : null;
		return (person != null) ? person.givenName() : null;
	}

	private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
		return values.stream().collect(Collectors.toMap(key, Function.identity(), (one, other) -> one));
	}

}
