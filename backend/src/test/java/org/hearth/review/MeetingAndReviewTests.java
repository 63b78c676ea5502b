package org.hearth.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Meetings and reviews through /graphql with real sign-in: the first meeting is arranged while the plan is made and,
 * once recorded with a plan, starts it; reviews keep to the policy's longest interval; the team is told; replays
 * change nothing; callers off the team, and team members for reviews, are refused.
 */
class MeetingAndReviewTests extends HearthIntegrationTests {

	private static final String SCHEDULE = """
			mutation($input: ScheduleMeetingInput!) {
			  scheduleMeeting(input: $input) {
			    episode { status meetings { kind scheduledFor heldOn } }
			    errors { field code message }
			  }
			}""";

	private static final String RECORD = """
			mutation($input: RecordMeetingInput!) {
			  recordMeeting(input: $input) {
			    episode { status timescales { nextReviewDue } meetings { heldOn familyAttended attendees { id } apologies { id } } }
			    errors { field code message }
			  }
			}""";

	private static final String REVIEW_PLAN = """
			mutation($input: RecordReviewInput!) {
			  recordReview(input: $input) {
			    episode { status timescales { nextReviewDue } reviews { decision nextReviewDue recordedBy { name } } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** An episode with a lead, a practitioner on the team, a practitioner off it and a parent with an account. */
	private record Team(UUID episode, String lead, String member, String outsider, String parent, UUID leadPlace,
			UUID memberPlace, UUID memberId, UUID child) {
	}

	private Team team(String status) {
		String prefix = "mtg-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID member = this.fixtures.practitioner(prefix + "-member", this.fixtures.newAgency("Other " + prefix), null);
		this.fixtures.practitioner(prefix + "-outsider", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(member));
		this.fixtures.fullConsent(episode, parent, lead);
		this.dsl.update(EPISODE).set(EPISODE.STATUS, status).where(EPISODE.ID.eq(episode)).execute();
		return new Team(episode, prefix + "-lead", prefix + "-member", prefix + "-outsider", prefix + "-parent",
				this.fixtures.teamMember(episode, lead), this.fixtures.teamMember(episode, member), member, child);
	}

	private static GraphQlTester.Response schedule(HttpGraphQlTester caller, UUID episode, String kind, LocalDate day) {
		return caller.document(SCHEDULE)
			.variable("input", Map.of("episodeId", episode.toString(), "kind", kind, "scheduledFor",
					day.atTime(10, 0).atOffset(ZoneOffset.UTC).toString()))
			.execute();
	}

	private static Map<String, Object> held(UUID meeting, LocalDate heldOn, List<UUID> attended, List<UUID> apologies) {
		Map<String, Object> input = new HashMap<>(Map.of("meetingId", meeting.toString(), "heldOn", heldOn.toString(),
				"attendeeIds", attended.stream().map(UUID::toString).toList(), "apologyIds",
				apologies.stream().map(UUID::toString).toList(), "familyAttended", true));
		return input;
	}

	private static Map<String, Object> review(UUID episode, LocalDate heldOn, String decision, LocalDate next,
			UUID outcome, String outcomeStatus) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", episode.toString(), "heldOn", heldOn.toString(),
				"progress", "POSITIVE_CHANGE", "decision", decision, "familyViews", "Mornings are calmer",
				"outcomeProgress", List.of(Map.of("outcomeId", outcome.toString(), "status", outcomeStatus))));
		if (next != null) {
			input.put("nextReviewDue", next.toString());
		}
		return input;
	}

	private UUID onlyMeeting(UUID episode) {
		return this.dsl.select(MEETING.ID).from(MEETING).where(MEETING.EPISODE_ID.eq(episode)).fetchSingle(MEETING.ID);
	}

	private int notifications(UUID practitioner, String kind) {
		return this.dsl.fetchCount(NOTIFICATION,
				NOTIFICATION.PRACTITIONER_ID.eq(practitioner).and(NOTIFICATION.KIND.eq(kind)));
	}


	@Test
	void the_first_meeting_is_arranged_once_while_the_plan_is_made_and_the_team_is_told() {
		Team team = team("PLANNING");
		HttpGraphQlTester lead = signedInAs(team.lead());
		LocalDate tomorrow = today().plusDays(1);
		refused(schedule(lead, team.episode(), "REVIEW", tomorrow), "scheduleMeeting", "kind", "NOT_ACTIVE");
		refused(schedule(lead, team.episode(), "INITIAL_TAF", today().minusDays(1)), "scheduleMeeting",
				"scheduledFor", "IN_THE_PAST");
		assertThat(this.dsl.fetchCount(MEETING, MEETING.EPISODE_ID.eq(team.episode()))).isZero();

		schedule(lead, team.episode(), "INITIAL_TAF", tomorrow).path("scheduleMeeting.episode.meetings[0].kind")
			.entity(String.class)
			.isEqualTo("INITIAL_TAF");
		assertThat(notifications(team.memberId(), "MEETING_SCHEDULED")).isEqualTo(1);
		refused(schedule(lead, team.episode(), "INITIAL_TAF", tomorrow.plusDays(1)), "scheduleMeeting", "kind",
				"ALREADY_ARRANGED");
		assertThat(this.dsl.fetchCount(MEETING, MEETING.EPISODE_ID.eq(team.episode()))).isEqualTo(1);
	}

	@Test
	void recording_the_first_meeting_needs_a_plan_and_starts_it_with_the_first_review_due() {
		Team team = team("PLANNING");
		HttpGraphQlTester member = signedInAs(team.member());
		schedule(member, team.episode(), "INITIAL_TAF", today());
		UUID meeting = onlyMeeting(team.episode());

		var noPlan = member.document(RECORD).variable("input", held(meeting, today(), List.of(team.leadPlace()), List.of())).execute();
		refused(noPlan, "recordMeeting", "meetingId", "NO_PLAN");
		UUID outcome = this.fixtures.outcome(team.episode(), team.child(), "EDUCATION");
		this.fixtures.action(outcome, team.memberPlace());
		refused(member.document(RECORD)
			.variable("input", held(meeting, today().plusDays(1), List.of(team.leadPlace()), List.of()))
			.execute(), "recordMeeting", "heldOn", "IN_THE_FUTURE");
		refused(member.document(RECORD)
			.variable("input", held(meeting, today(), List.of(team.leadPlace()), List.of(team.leadPlace())))
			.execute(), "recordMeeting", "apologyIds", "ATTENDED_AND_APOLOGISED");
		refused(member.document(RECORD).variable("input", held(meeting, today(), List.of(UUID.randomUUID()), List.of()))
			.execute(), "recordMeeting", "attendeeIds", "NOT_A_MEMBER");
		assertThat(this.dsl.select(MEETING.HELD_ON).from(MEETING).where(MEETING.ID.eq(meeting)).fetchSingle().value1())
			.isNull();

		var recorded = member.document(RECORD)
			.variable("input", held(meeting, today(), List.of(team.memberPlace()), List.of(team.leadPlace())))
			.execute();
		recorded.path("recordMeeting.episode.status").entity(String.class).isEqualTo("ACTIVE");
		recorded.path("recordMeeting.episode.timescales.nextReviewDue")
			.entity(String.class)
			.isEqualTo(today().plusDays(28).toString());
		recorded.path("recordMeeting.episode.meetings[0].apologies[0].id")
			.entity(String.class)
			.isEqualTo(team.leadPlace().toString());
		refused(member.document(RECORD)
			.variable("input", held(meeting, today(), List.of(team.memberPlace()), List.of()))
			.execute(), "recordMeeting", "meetingId", "ALREADY_RECORDED");
	}

	@Test
	void a_replayed_record_changes_nothing_and_a_reused_request_id_is_refused() {
		Team team = team("PLANNING");
		HttpGraphQlTester lead = signedInAs(team.lead());
		schedule(lead, team.episode(), "INITIAL_TAF", today());
		UUID meeting = onlyMeeting(team.episode());
		this.fixtures.action(this.fixtures.outcome(team.episode(), team.child(), "HEALTH"), team.leadPlace());
		Map<String, Object> input = held(meeting, today(), List.of(team.leadPlace()), List.of());
		input.put("requestId", UUID.randomUUID().toString());
		lead.document(RECORD).variable("input", input).execute().path("recordMeeting.episode.status")
			.entity(String.class).isEqualTo("ACTIVE");
		var replay = lead.document(RECORD).variable("input", input).execute();
		replay.path("recordMeeting.errors").entityList(Object.class).hasSize(0);
		replay.path("recordMeeting.episode.status").entity(String.class).isEqualTo("ACTIVE");
		input.put("notes", "Something else");
		lead.document(RECORD).variable("input", input).execute().path("recordMeeting.errors[0].code")
			.entity(String.class).isEqualTo("ID_REUSED");
		assertThat(this.dsl.select(MEETING.NOTES, MEETING.VERSION).from(MEETING).where(MEETING.ID.eq(meeting))
			.fetchSingle()).satisfies(row -> {
				assertThat(row.value1()).isNull();
				assertThat(row.value2()).isEqualTo(1);
			});
	}

	@Test
	void only_the_team_arranges_meetings() {
		Team team = team("ACTIVE");
		forbidden(schedule(signedInAs(team.outsider()), team.episode(), "REVIEW", today()), "scheduleMeeting");
		forbidden(schedule(signedInAs(team.parent()), team.episode(), "REVIEW", today()), "scheduleMeeting");
		assertThat(this.dsl.fetchCount(MEETING, MEETING.EPISODE_ID.eq(team.episode()))).isZero();
	}

	@Test
	void a_review_that_keeps_the_plan_going_sets_the_next_within_the_policys_longest_interval() {
		Team team = team("ACTIVE");
		UUID outcome = this.fixtures.outcome(team.episode(), team.child(), "EDUCATION");
		HttpGraphQlTester lead = signedInAs(team.lead());
		LocalDate heldOn = today().minusDays(1);
		refused(lead.document(REVIEW_PLAN).variable("input", review(team.episode(), heldOn, "CONTINUE", null, outcome,
				"ACHIEVED")).execute(), "recordReview", "nextReviewDue", "REQUIRED");
		refused(lead.document(REVIEW_PLAN).variable("input", review(team.episode(), heldOn, "AMEND_PLAN",
				heldOn.plusDays(57), outcome, "ACHIEVED")).execute(), "recordReview", "nextReviewDue", "REVIEW_TOO_FAR");
		refused(lead.document(REVIEW_PLAN).variable("input", review(team.episode(), heldOn, "CONTINUE",
				heldOn.plusDays(20), UUID.randomUUID(), "ACHIEVED")).execute(), "recordReview", "outcomeProgress",
				"NOT_IN_PLAN");
		assertThat(this.dsl.fetchCount(REVIEW, REVIEW.EPISODE_ID.eq(team.episode()))).isZero();

		var reviewed = lead.document(REVIEW_PLAN)
			.variable("input", review(team.episode(), heldOn, "CONTINUE", heldOn.plusDays(56), outcome, "ACHIEVED"))
			.execute();
		reviewed.path("recordReview.errors").entityList(Object.class).hasSize(0);
		reviewed.path("recordReview.episode.timescales.nextReviewDue")
			.entity(String.class)
			.isEqualTo(heldOn.plusDays(56).toString());
		assertThat(this.dsl.select(OUTCOME.STATUS).from(OUTCOME).where(OUTCOME.ID.eq(outcome)).fetchSingle().value1())
			.isEqualTo("ACHIEVED");
		assertThat(notifications(team.memberId(), "REVIEW_RECORDED")).isEqualTo(1);
	}

	@Test
	void a_review_is_for_a_plan_under_way_recorded_by_the_leads_side_and_a_panel_request_is_told() {
		Team planning = team("PLANNING");
		UUID outcome = this.fixtures.outcome(planning.episode(), planning.child(), "EDUCATION");
		refused(signedInAs(planning.lead()).document(REVIEW_PLAN)
			.variable("input", review(planning.episode(), today(), "CONTINUE", today().plusDays(10), outcome, "OPEN"))
			.execute(), "recordReview", "episodeId", "NOT_ACTIVE");

		Team team = team("ACTIVE");
		UUID active = this.fixtures.outcome(team.episode(), team.child(), "HEALTH");
		forbidden(signedInAs(team.member()).document(REVIEW_PLAN)
			.variable("input", review(team.episode(), today(), "CONTINUE", today().plusDays(10), active, "OPEN"))
			.execute(), "recordReview");
		signedInAs(team.lead()).document(REVIEW_PLAN)
			.variable("input", review(team.episode(), today(), "ESCALATE_TO_PANEL", today().plusDays(14), active, "OPEN"))
			.execute()
			.path("recordReview.episode.reviews[0].decision")
			.entity(String.class)
			.isEqualTo("ESCALATE_TO_PANEL");
		assertThat(notifications(team.memberId(), "PANEL_REQUESTED")).isEqualTo(1);
	}

	@Test
	void the_apps_endpoint_schedules_through_the_same_service_and_is_closed_to_families() {
		Team team = team("ACTIVE");
		String body = """
				{"input":{"episodeId":"%s","kind":"REVIEW","scheduledFor":"%sT10:00:00Z"}}"""
			.formatted(team.episode(), today().plusDays(3));
		callEndpoint(signIn(team.lead(), DEMO_PASSWORD), "MeetingEndpoint/scheduleMeeting", body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.episode.status")
			.isEqualTo("ACTIVE");
		callEndpoint(signIn(team.parent(), DEMO_PASSWORD), "MeetingEndpoint/scheduleMeeting", body).expectStatus()
			.is4xxClientError();
		assertThat(this.dsl.fetchCount(MEETING, MEETING.EPISODE_ID.eq(team.episode()))).isEqualTo(1);
	}

}
