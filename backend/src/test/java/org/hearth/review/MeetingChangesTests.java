package org.hearth.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.NOTIFICATION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.MeetingRecord;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Moving and calling off meetings through /graphql with real sign-in: only a meeting still to come, never to a day
 * past, a reason to call one off; the same field changed since is a CONFLICT; the team is told; replays change
 * nothing; callers off the team are refused.
 */
class MeetingChangesTests extends HearthIntegrationTests {

	private static final String RESCHEDULE = """
			mutation($input: RescheduleMeetingInput!) {
			  rescheduleMeeting(input: $input) {
			    episode { meetings { id scheduledFor version } }
			    errors { field code message conflict { currentValue changedBy } }
			  }
			}""";

	private static final String CANCEL = """
			mutation($input: CancelMeetingInput!) {
			  cancelMeeting(input: $input) {
			    episode { meetings { id cancelledAt cancellationReason version } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private Fixtures.Team team(String status) {
		return this.fixtures.team("mch-" + UUID.randomUUID().toString().substring(0, 8), status);
	}

	private static String at(LocalDate day) {
		return day.atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
	}

	private static GraphQlTester.Response reschedule(HttpGraphQlTester caller, UUID meeting, LocalDate day,
			int version, UUID requestId) {
		return caller.document(RESCHEDULE)
			.variable("input", Map.of("meetingId", meeting.toString(), "scheduledFor", at(day), "version", version,
					"requestId", requestId.toString()))
			.execute();
	}

	private static GraphQlTester.Response cancel(HttpGraphQlTester caller, UUID meeting, String reason, int version,
			UUID requestId) {
		return caller.document(CANCEL)
			.variable("input", new HashMap<>(Map.of("meetingId", meeting.toString(), "reason", reason, "version",
					version, "requestId", requestId.toString())))
			.execute();
	}

	private MeetingRecord stored(UUID meeting) {
		return this.dsl.fetchSingle(MEETING, MEETING.ID.eq(meeting));
	}

	private int notifications(UUID practitioner, String kind) {
		return this.dsl.fetchCount(NOTIFICATION,
				NOTIFICATION.PRACTITIONER_ID.eq(practitioner).and(NOTIFICATION.KIND.eq(kind)));
	}

	@Test
	void a_meeting_to_come_moves_to_today_or_later_and_the_rest_of_the_team_is_told() {
		Fixtures.Team team = team("ACTIVE");
		UUID meeting = this.fixtures.upcomingMeeting(team.episode(), "REVIEW", 5);
		MeetingRecord before = stored(meeting);
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		refused(reschedule(lead, meeting, today().minusDays(1), 0, UUID.randomUUID()), "rescheduleMeeting",
				"scheduledFor", "IN_THE_PAST");
		assertThat(stored(meeting)).isEqualTo(before);
		assertThat(notifications(team.member(), "MEETING_MOVED")).isZero();

		var moved = reschedule(lead, meeting, today(), 0, UUID.randomUUID());
		moved.path("rescheduleMeeting.errors").entityList(Object.class).hasSize(0);
		moved.path("rescheduleMeeting.episode.meetings[0].version").entity(Integer.class).isEqualTo(1);
		assertThat(stored(meeting).getScheduledFor()).isEqualTo(Instant.parse(at(today())));
		assertThat(notifications(team.member(), "MEETING_MOVED")).isEqualTo(1);
		assertThat(notifications(team.lead(), "MEETING_MOVED")).isZero();
	}

	@Test
	void moving_a_meeting_someone_else_moved_since_is_a_conflict_but_calling_it_off_is_not() {
		Fixtures.Team team = team("ACTIVE");
		UUID meeting = this.fixtures.upcomingMeeting(team.episode(), "REVIEW", 5);
		reschedule(signedInAs(team.user("member")), meeting, today().plusDays(9), 0, UUID.randomUUID());
		MeetingRecord movedByMember = stored(meeting);

		var conflict = reschedule(signedInAs(team.user("lead")), meeting, today().plusDays(3), 0, UUID.randomUUID());
		refused(conflict, "rescheduleMeeting", "scheduledFor", "CONFLICT");
		conflict.path("rescheduleMeeting.errors[0].conflict.currentValue")
			.entity(String.class)
			.isEqualTo(Instant.parse(at(today().plusDays(9))).toString());
		assertThat(stored(meeting)).isEqualTo(movedByMember);
		refused(reschedule(signedInAs(team.user("lead")), meeting, today().plusDays(3), 7, UUID.randomUUID()),
				"rescheduleMeeting", "version", "STALE_VERSION");

		cancel(signedInAs(team.user("lead")), meeting, "The school is closed", 0, UUID.randomUUID())
			.path("cancelMeeting.episode.meetings[0].cancellationReason")
			.entity(String.class)
			.isEqualTo("The school is closed");
	}

	@Test
	void a_meeting_called_off_keeps_its_reason_cannot_change_again_and_the_first_meeting_may_be_arranged_again() {
		Fixtures.Team team = team("PLANNING");
		UUID meeting = this.fixtures.upcomingMeeting(team.episode(), "INITIAL_TAF", 5);
		HttpGraphQlTester member = signedInAs(team.user("member"));
		refused(cancel(member, meeting, "  ", 0, UUID.randomUUID()), "cancelMeeting", "reason", "REQUIRED");
		assertThat(stored(meeting).getCancelledAt()).isNull();

		cancel(member, meeting, "Mum is in hospital", 0, UUID.randomUUID()).path("cancelMeeting.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(stored(meeting).getCancellationReason()).isEqualTo("Mum is in hospital");
		assertThat(notifications(team.lead(), "MEETING_CANCELLED")).isEqualTo(1);
		MeetingRecord cancelled = stored(meeting);
		refused(cancel(member, meeting, "Again", 1, UUID.randomUUID()), "cancelMeeting", "meetingId",
				"MEETING_CANCELLED");
		refused(reschedule(member, meeting, today().plusDays(2), 1, UUID.randomUUID()), "rescheduleMeeting",
				"meetingId", "MEETING_CANCELLED");
		assertThat(stored(meeting)).isEqualTo(cancelled);

		member.document("""
				mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { errors { code } } }""")
			.variable("input", Map.of("episodeId", team.episode().toString(), "kind", "INITIAL_TAF", "scheduledFor",
					at(today().plusDays(3))))
			.execute()
			.path("scheduleMeeting.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void a_meeting_already_held_is_neither_moved_nor_called_off() {
		Fixtures.Team team = team("ACTIVE");
		UUID held = this.fixtures.meeting(team.episode(), List.of(), List.of());
		MeetingRecord before = stored(held);
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		refused(reschedule(lead, held, today().plusDays(1), 0, UUID.randomUUID()), "rescheduleMeeting", "meetingId",
				"ALREADY_RECORDED");
		refused(cancel(lead, held, "Wrong day", 0, UUID.randomUUID()), "cancelMeeting", "meetingId",
				"ALREADY_RECORDED");
		assertThat(stored(held)).isEqualTo(before);
	}

	@Test
	void a_replayed_move_or_call_off_changes_nothing_more() {
		Fixtures.Team team = team("ACTIVE");
		UUID meeting = this.fixtures.upcomingMeeting(team.episode(), "REVIEW", 5);
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		UUID moveRequest = UUID.randomUUID();
		reschedule(lead, meeting, today().plusDays(2), 0, moveRequest);
		reschedule(lead, meeting, today().plusDays(2), 0, moveRequest).path("rescheduleMeeting.errors")
			.entityList(Object.class)
			.hasSize(0);
		UUID cancelRequest = UUID.randomUUID();
		cancel(lead, meeting, "Not needed", 1, cancelRequest);
		cancel(lead, meeting, "Not needed", 1, cancelRequest).path("cancelMeeting.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(stored(meeting).getVersion()).isEqualTo(2);
		assertThat(notifications(team.member(), "MEETING_MOVED")).isEqualTo(1);
		assertThat(notifications(team.member(), "MEETING_CANCELLED")).isEqualTo(1);
	}

	@Test
	void only_the_team_moves_or_calls_off_its_meetings_and_the_app_calls_the_same_service() {
		Fixtures.Team team = team("ACTIVE");
		UUID meeting = this.fixtures.upcomingMeeting(team.episode(), "REVIEW", 5);
		MeetingRecord before = stored(meeting);
		forbidden(reschedule(signedInAs(team.user("outsider")), meeting, today().plusDays(2), 0, UUID.randomUUID()),
				"rescheduleMeeting");
		forbidden(cancel(signedInAs(team.user("parent")), meeting, "No", 0, UUID.randomUUID()), "cancelMeeting");
		callEndpoint(signIn(team.user("parent"), DEMO_PASSWORD), "MeetingEndpoint/cancelMeeting",
				Map.of("input", Map.of("meetingId", meeting.toString(), "reason", "No", "version", 0)))
			.expectStatus()
			.is4xxClientError();
		assertThat(stored(meeting)).isEqualTo(before);

		callEndpoint(signIn(team.user("lead"), DEMO_PASSWORD), "MeetingEndpoint/rescheduleMeeting",
				Map.of("input", Map.of("meetingId", meeting.toString(), "scheduledFor", at(today().plusDays(1)),
						"version", 0)))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.isEmpty();
		assertThat(stored(meeting).getVersion()).isEqualTo(1);
	}

}
