package org.hearth.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A write costs the same number of SQL statements (every one the server receives) on a small episode and on a large
 * one: one outcome and action, two on the team and two relatives against ten outcomes with forty actions, six on the
 * team, more consents, and ten relatives in the family (each with a view, once the assessment has started).
 */
class WriteStatementCountTests extends HearthIntegrationTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * An active episode with its lead, its first outcome, an action owned by the lead, another member's place, all
	 * its outcomes, every place on its team and a review meeting in the diary; the family's parent, child and
	 * relatives.
	 */
	private record Episode(UUID id, String lead, UUID parent, UUID child, List<UUID> relatives, UUID outcome,
			UUID action, UUID otherMember, List<UUID> outcomes, List<UUID> places, UUID meeting) {

		List<Map<String, String>> results(String status) {
			return this.outcomes.stream().map(outcome -> Map.of("outcomeId", outcome.toString(), "status", status)).toList();
		}

	}

	private Episode episode(int outcomes, int actionsEach, int otherMembers) {
		String prefix = "cnt-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		List<UUID> members = new ArrayList<>();
		for (int i = 0; i < otherMembers; i++) {
			members.add(this.fixtures.practitioner(prefix + "-m" + i, this.fixtures.newAgency(prefix + " " + i), null));
		}
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		List<UUID> relatives = new ArrayList<>();
		for (int i = 0; i < 2 * otherMembers; i++) {
			relatives.add(this.fixtures.person(family, "Relative" + i, "EXTENDED_FAMILY", false));
		}
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, members);
		for (int i = 0; i <= otherMembers; i++) {
			this.fixtures.fullConsent(episode, parent, lead);
		}
		UUID leadMember = this.fixtures.leadMemberOf(episode);
		UUID action = null;
		List<UUID> outcomeIds = new ArrayList<>();
		for (int o = 0; o < outcomes; o++) {
			UUID outcome = this.fixtures.outcome(episode, child, "EDUCATION");
			outcomeIds.add(outcome);
			for (int a = 0; a < actionsEach; a++) {
				UUID made = this.fixtures.action(outcome, leadMember);
				action = (action == null) ? made : action;
			}
		}
		List<UUID> places = new ArrayList<>(List.of(leadMember));
		members.forEach(member -> places.add(this.fixtures.teamMember(episode, member)));
		return new Episode(episode, prefix + "-lead", parent, child, relatives, outcomeIds.getFirst(), action,
				places.get(1), outcomeIds, places, this.fixtures.upcomingMeeting(episode, "REVIEW", 0));
	}

	private int statements(Episode episode, Function<Episode, GraphQlTester.Request<?>> write) {
		List<GraphQlTester.Response> answers = new ArrayList<>();
		int count = this.statements.countDuring(() -> answers.add(write.apply(episode).execute()));
		answers.getFirst().path("$.data.*.errors[*]").entityList(Object.class).hasSize(0);
		return count;
	}

	private void sameForSmallAndLarge(String mutation, Function<Episode, GraphQlTester.Request<?>> write) {
		sameForSmallAndLarge(mutation, episode -> {
		}, write);
	}

	/** As above, each episode first brought to where the write can be made. */
	private void sameForSmallAndLarge(String mutation, Consumer<Episode> prepare,
			Function<Episode, GraphQlTester.Request<?>> write) {
		// Both teams have someone besides the lead, so that both tell someone: one notification row or five, one insert.
		Episode small = episode(1, 1, 1);
		Episode large = episode(10, 4, 5);
		Episode warmUp = episode(1, 1, 1);
		List.of(small, large, warmUp).forEach(prepare);
		// Each lead signs in and writes once before counting, so that sign-in and first-use work is not counted.
		write.apply(warmUp).execute();
		int forSmall = statements(small, write);
		int forLarge = statements(large, write);
		System.out.printf("Statements received by the database server for %s: small episode %d, large %d%n", mutation,
				forSmall, forLarge);
		assertThat(forLarge).as("statements for %s on a large episode against a small one", mutation)
			.isEqualTo(forSmall);
	}

	/** The episode is being assessed; its family's relatives have said their piece. */
	private void assessing(Episode episode) {
		this.dsl.update(EPISODE).set(EPISODE.STATUS, "ASSESSING").where(EPISODE.ID.eq(episode.id())).execute();
	}

	/** As {@link #assessing}, with the assessment started today and a view from each relative and the parent. */
	private void assessmentUnderWay(Episode episode) {
		assessing(episode);
		UUID assessment = Ids.newId();
		this.dsl.insertInto(ASSESSMENT)
			.set(ASSESSMENT.ID, assessment)
			.set(ASSESSMENT.EPISODE_ID, episode.id())
			.set(ASSESSMENT.STARTED_ON, today())
			.execute();
		List<UUID> viewed = new ArrayList<>(episode.relatives());
		viewed.add(episode.parent());
		viewed.forEach(person -> this.dsl.insertInto(PERSON_VIEW)
			.set(PERSON_VIEW.ID, Ids.newId())
			.set(PERSON_VIEW.ASSESSMENT_ID, assessment)
			.set(PERSON_VIEW.PERSON_ID, person)
			.set(PERSON_VIEW.WORRIES, "Mornings")
			.execute());
	}

	private HttpGraphQlTester as(Episode episode) {
		return signedInAs(episode.lead());
	}

	@Test
	void changing_an_action_costs_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("updateActionStatus", episode -> as(episode).document("""
				mutation($a: ID!) { updateActionStatus(input: { actionId: $a, status: IN_PROGRESS, version: 0 }) {
				  errors { code } } }""").variable("a", episode.action().toString()));
		sameForSmallAndLarge("updateAction", episode -> as(episode).document("""
				mutation($a: ID!) { updateAction(input: { actionId: $a, version: 0, description: "Walk to school" }) {
				  errors { code } } }""").variable("a", episode.action().toString()));
	}

	@Test
	void recording_consent_and_a_comment_cost_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("recordConsent", episode -> as(episode).document("""
				mutation($e: ID!, $p: ID!) { recordConsent(input: { episodeId: $e, scope: SHARE, decision: GIVEN,
				  givenByPersonId: $p, method: VERBAL }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "p", episode.parent().toString())));
		sameForSmallAndLarge("addFamilyComment", episode -> as(episode).document("""
				mutation($e: ID!, $p: ID!) { addFamilyComment(input: { episodeId: $e, text: "Said on a visit",
				  personId: $p }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "p", episode.parent().toString())));
	}

	@Test
	void the_assessments_steps_cost_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("startAssessment", this::assessing, episode -> as(episode).document("""
				mutation($e: ID!) { startAssessment(input: { episodeId: $e }) { errors { code } } }""")
			.variable("e", episode.id().toString()));
		sameForSmallAndLarge("recordPersonView (the first)", this::assessing, episode -> as(episode).document("""
				mutation($e: ID!, $p: ID!) { recordPersonView(input: { episodeId: $e, personId: $p, worries: "Money" }) {
				  errors { code } } }""").variables(Map.of("e", episode.id().toString(), "p", episode.parent().toString())));
		sameForSmallAndLarge("recordPersonView (a change)", this::assessmentUnderWay, episode -> as(episode).document("""
				mutation($e: ID!, $p: ID!) { recordPersonView(input: { episodeId: $e, personId: $p, worries: "Money",
				  version: 0 }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "p", episode.parent().toString())));
		sameForSmallAndLarge("recordChildVoice", this::assessmentUnderWay, episode -> as(episode).document("""
				mutation($e: ID!, $c: ID!) { recordChildVoice(input: { episodeId: $e, childId: $c, dreams: "A dog" }) {
				  errors { code } } }""").variables(Map.of("e", episode.id().toString(), "c", episode.child().toString())));
		sameForSmallAndLarge("completeAssessment", this::assessmentUnderWay, episode -> as(episode).document("""
				mutation($e: ID!) { completeAssessment(input: { episodeId: $e, summary: "Mornings are hard",
				  servicesInvolved: ["School nurse", "GP"], version: 0 }) { errors { code } } }""")
			.variable("e", episode.id().toString()));
	}

	@Test
	void meetings_and_reviews_cost_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("scheduleMeeting", episode -> as(episode).document("""
				mutation($e: ID!, $at: DateTime!) { scheduleMeeting(input: { episodeId: $e, kind: REVIEW,
				  scheduledFor: $at }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "at", this.clock.instant().plusSeconds(86400).toString())));
		sameForSmallAndLarge("recordMeeting", episode -> as(episode).document("""
				mutation($m: ID!, $day: Date!, $came: [ID!]!) { recordMeeting(input: { meetingId: $m, heldOn: $day,
				  attendeeIds: $came, familyAttended: true }) { errors { code } } }""")
			.variables(Map.of("m", episode.meeting().toString(), "day", today().toString(), "came",
					episode.places().stream().map(UUID::toString).toList())));
		sameForSmallAndLarge("recordReview", episode -> as(episode).document("""
				mutation($e: ID!, $day: Date!, $next: Date!, $progress: [OutcomeProgressInput!]) {
				  recordReview(input: { episodeId: $e, heldOn: $day, progress: POSITIVE_CHANGE, decision: CONTINUE,
				  nextReviewDue: $next, outcomeProgress: $progress }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "day", today().toString(), "next",
					today().plusDays(30).toString(), "progress", episode.results("PARTLY_ACHIEVED"))));
	}

	@Test
	void every_way_of_closing_costs_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("closeEpisode", episode -> as(episode).document("""
				mutation($e: ID!, $results: [OutcomeProgressInput!]!) { closeEpisode(input: { episodeId: $e,
				  reason: NEEDS_MET, summary: "Needs met", outcomeResults: $results, signposting: ["Family hub"] }) {
				  errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "results", episode.results("ACHIEVED"))));
		sameForSmallAndLarge("stepUp", episode -> as(episode).document("""
				mutation($e: ID!) { stepUp(input: { episodeId: $e, reason: "Harm disclosed" }) { errors { code } } }""")
			.variable("e", episode.id().toString()));
		sameForSmallAndLarge("withdrawConsent", episode -> as(episode).document("""
				mutation($e: ID!, $p: ID!) { withdrawConsent(input: { episodeId: $e, givenByPersonId: $p,
				  reason: "No longer wanted" }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "p", episode.parent().toString())));
	}

	@Test
	void changing_the_team_costs_the_same_whatever_the_size_of_the_episode() {
		UUID newcomer = this.fixtures.practitioner("cnt-" + UUID.randomUUID().toString().substring(0, 8) + "-new",
				this.fixtures.newAgency("Newcomers " + UUID.randomUUID()), null);
		sameForSmallAndLarge("addTeamMember", episode -> as(episode).document("""
				mutation($e: ID!, $p: ID!) { addTeamMember(input: { episodeId: $e, practitionerId: $p }) {
				  errors { code } } }""").variables(Map.of("e", episode.id().toString(), "p", newcomer.toString())));
		sameForSmallAndLarge("handOverLead", episode -> as(episode).document("""
				mutation($e: ID!, $m: ID!) { handOverLead(input: { episodeId: $e, toTeamMemberId: $m,
				  familyConsulted: true }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "m", episode.otherMember().toString())));
		sameForSmallAndLarge("removeTeamMember", episode -> as(episode).document("""
				mutation($m: ID!) { removeTeamMember(input: { teamMemberId: $m }) { errors { code } } }""")
			.variable("m", episode.otherMember().toString()));
	}

	@Test
	void adding_to_the_plan_costs_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("addOutcome", episode -> as(episode).document("""
				mutation($e: ID!, $t: Date!) { addOutcome(input: { episodeId: $e, needAreaCode: "HOUSING",
				  description: "A settled home", measure: "Rent paid for three months", targetDate: $t }) {
				  errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "t", today().plusDays(60).toString())));
		sameForSmallAndLarge("addAction", episode -> as(episode).document("""
				mutation($o: ID!, $m: ID!, $d: Date!) { addAction(input: { outcomeId: $o, description: "Call the landlord",
				  ownerTeamMemberId: $m, dueDate: $d }) { errors { code } } }""")
			.variables(Map.of("o", episode.outcome().toString(), "m", episode.otherMember().toString(), "d",
					today().plusDays(5).toString())));
	}

	@Test
	void moving_and_calling_off_a_meeting_cost_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("rescheduleMeeting", episode -> as(episode).document("""
				mutation($m: ID!, $at: DateTime!) { rescheduleMeeting(input: { meetingId: $m, scheduledFor: $at,
				  version: 0 }) { errors { code } } }""")
			.variables(Map.of("m", episode.meeting().toString(), "at",
					this.clock.instant().plusSeconds(2 * 86400).toString())));
		sameForSmallAndLarge("cancelMeeting", episode -> as(episode).document("""
				mutation($m: ID!) { cancelMeeting(input: { meetingId: $m, reason: "Family away", version: 0 }) {
				  errors { code } } }""").variable("m", episode.meeting().toString()));
	}

	@Test
	void changing_an_outcome_costs_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("updateOutcome", episode -> as(episode).document("""
				mutation($o: ID!, $t: Date!) { updateOutcome(input: { outcomeId: $o, version: 0,
				  description: "In school on time every day", targetDate: $t }) { errors { code } } }""")
			.variables(Map.of("o", episode.outcome().toString(), "t", today().plusDays(30).toString())));
		sameForSmallAndLarge("cancelOutcome", episode -> as(episode).document("""
				mutation($o: ID!) { cancelOutcome(input: { outcomeId: $o, reason: "Met elsewhere", version: 0 }) {
				  errors { code } } }""").variable("o", episode.outcome().toString()));
	}

	@Test
	void bringing_a_review_forward_costs_the_same_whatever_the_size_of_the_episode() {
		sameForSmallAndLarge("bringReviewForward", episode -> as(episode).document("""
				mutation($e: ID!, $to: Date!) { bringReviewForward(input: { episodeId: $e, to: $to,
				  reason: "Police call-out" }) { errors { code } } }""")
			.variables(Map.of("e", episode.id().toString(), "to", today().plusDays(1).toString())));
	}

}
