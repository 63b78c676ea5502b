package org.hearth.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.REVIEW;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hearth.episode.EpisodeService;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders over the real database, found by construction: an action due tomorrow (the lead's, a parent's, a
 * grandparent's who did not agree to be contacted, and a team member's who switched reminders off), one overdue, one
 * not due yet, a meeting in two days, a review due tomorrow and an overdue assessment. Each reminder is queued once
 * whether the job runs twice, two runs meet, or the clock moves on (the same due day); a new kind (overdue) is queued
 * once more. The job scans every open episode of the shared test database: these tests look only at their own.
 */
class ReminderTests extends HearthIntegrationTests {

	private static final String SET_REMINDERS = """
			mutation($input: SetRemindersInput!) {
			  setReminders(input: $input) { remindersOn errors { field code message } }
			}""";

	@Autowired
	private ReminderService reminders;

	@Autowired
	private ReminderJob job;

	@Autowired
	private EpisodeService episodes;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** What the fixture made: its team, with the people and things reminded of. */
	private record Made(Fixtures.Team team, UUID grandparent, UUID leadAction, UUID overdueAction, UUID parentAction,
			UUID grandparentAction, UUID memberAction, UUID laterAction, UUID meeting, UUID assessingEpisode,
			UUID assessingLead) {
	}

	private Made made() {
		String prefix = "rm-" + UUID.randomUUID().toString().substring(0, 8);
		Fixtures.Team team = this.fixtures.team(prefix, "ACTIVE");
		LocalDate today = today();
		// The parent agreed to be contacted and gave an e-mail address; the grandparent gave one but did not agree.
		this.dsl.update(PERSON)
			.set(PERSON.EMAIL, prefix + "-parent@example.org")
			.set(PERSON.AGREED_TO_BE_CONTACTED, true)
			.where(PERSON.ID.eq(team.parent()))
			.execute();
		UUID grandparent = this.fixtures.person(team.family(), "Grandparent", "OTHER_ADULT", false);
		this.dsl.update(PERSON).set(PERSON.EMAIL, prefix + "-gran@example.org").where(PERSON.ID.eq(grandparent)).execute();
		UUID parentPlace = this.fixtures.familyOnTeam(team.episode(), team.parent());
		UUID grandparentPlace = this.fixtures.familyOnTeam(team.episode(), grandparent);
		UUID leadPlace = this.fixtures.leadMemberOf(team.episode());
		UUID memberPlace = this.fixtures.teamMember(team.episode(), team.member());
		UUID outcome = this.fixtures.outcome(team.episode(), team.child(), "EDUCATION");
		UUID leadAction = action(outcome, leadPlace, today.plusDays(1));
		UUID overdueAction = action(outcome, leadPlace, today.minusDays(3));
		UUID parentAction = action(outcome, parentPlace, today.plusDays(1));
		UUID grandparentAction = action(outcome, grandparentPlace, today.plusDays(1));
		UUID memberAction = action(outcome, memberPlace, today.plusDays(1));
		UUID laterAction = action(outcome, leadPlace, today.plusDays(5));
		// A review held ten days ago set the next one for tomorrow; the next team meeting is in two days.
		UUID held = this.fixtures.meeting(team.episode(), List.of(leadPlace), List.of());
		UUID review = this.fixtures.review(team.episode(), held, team.lead());
		this.dsl.update(REVIEW).set(REVIEW.NEXT_REVIEW_DUE, today.plusDays(1)).where(REVIEW.ID.eq(review)).execute();
		UUID meeting = this.fixtures.upcomingMeeting(team.episode(), "REVIEW", 2);
		// The team member switched reminders off.
		this.dsl.update(PRACTITIONER).set(PRACTITIONER.REMINDERS_OFF, true).where(PRACTITIONER.ID.eq(team.member())).execute();
		// Another family, opened twenty days ago and still assessing: the assessment (due in 14 days) is overdue.
		Fixtures.Team assessing = this.fixtures.team(prefix + "-a", "ASSESSING");
		this.dsl.update(EPISODE)
			.set(EPISODE.OPENED_ON, today.minusDays(20))
			.where(EPISODE.ID.eq(assessing.episode()))
			.execute();
		this.episodes.refreshNextDue(List.of(team.episode(), assessing.episode()));
		return new Made(team, grandparent, leadAction, overdueAction, parentAction, grandparentAction, memberAction,
				laterAction, meeting, assessing.episode(), assessing.lead());
	}

	private UUID action(UUID outcome, UUID owner, LocalDate due) {
		UUID action = this.fixtures.action(outcome, owner);
		this.dsl.update(PLAN_ACTION).set(PLAN_ACTION.DUE_DATE, due).where(PLAN_ACTION.ID.eq(action)).execute();
		return action;
	}

	/** Each reminder of these episodes as "KIND thing due-day recipient", sorted. */
	private List<String> queued(UUID... episodes) {
		return this.dsl.select(NOTIFICATION.REMINDER_KEY)
			.from(NOTIFICATION)
			.where(NOTIFICATION.EPISODE_ID.in(episodes))
			.and(NOTIFICATION.REMINDER_KEY.isNotNull())
			.orderBy(NOTIFICATION.REMINDER_KEY)
			.fetch(NOTIFICATION.REMINDER_KEY);
	}

	private static String key(String kind, UUID thing, LocalDate due, UUID recipient) {
		return kind + "/" + thing + "/" + due + "/" + recipient;
	}

	private List<String> expected(Made made) {
		LocalDate today = today();
		Fixtures.Team team = made.team();
		List<String> keys = new ArrayList<>(List.of(key("ACTION_DUE", made.leadAction(), today.plusDays(1), team.lead()),
				key("ACTION_OVERDUE", made.overdueAction(), today.minusDays(3), team.lead()),
				key("ACTION_DUE", made.parentAction(), today.plusDays(1), team.parent()),
				key("MEETING_SOON", made.meeting(), meetingDay(made), team.lead()),
				key("MEETING_SOON", made.meeting(), meetingDay(made), team.parent()),
				key("REVIEW_DUE", team.episode(), today.plusDays(1), team.lead()),
				key("ASSESSMENT_OVERDUE", made.assessingEpisode(), today.minusDays(6), made.assessingLead())));
		keys.sort(null);
		return keys;
	}

	private LocalDate meetingDay(Made made) {
		return this.dsl.select(org.hearth.db.jooq.Tables.MEETING.SCHEDULED_FOR)
			.from(org.hearth.db.jooq.Tables.MEETING)
			.where(org.hearth.db.jooq.Tables.MEETING.ID.eq(made.meeting()))
			.fetchSingle(org.hearth.db.jooq.Tables.MEETING.SCHEDULED_FOR)
			.atZone(this.clock.getZone())
			.toLocalDate();
	}

	@Test
	void what_falls_due_is_reminded_once_to_those_concerned_however_often_the_job_runs() {
		Made made = made();
		this.reminders.queueDue();
		this.reminders.queueDue();
		this.job.daily();
		assertThat(queued(made.team().episode(), made.assessingEpisode())).containsExactlyElementsOf(expected(made));

		// Plain words, naming nobody: the parent's reminder says when, not what or who.
		String parentsMessage = this.dsl.select(NOTIFICATION.MESSAGE)
			.from(NOTIFICATION)
			.where(NOTIFICATION.REMINDER_KEY.eq(key("ACTION_DUE", made.parentAction(), today().plusDays(1),
					made.team().parent())))
			.fetchSingle(NOTIFICATION.MESSAGE);
		assertThat(parentsMessage).startsWith("You have a job on your family plan to do by ")
			.doesNotContain("Fixture")
			.doesNotContain("Morning check-in")
			.doesNotContain(made.team().prefix());
		// A practitioner reads them among their notifications in the app.
		assertThat(signedInAs(made.team().user("lead"))
			.document("{ viewer { ... on PractitionerViewer { notifications { kind } } } }")
			.execute()
			.path("viewer.notifications[*].kind")
			.entityList(String.class)
			.get()).contains("REMINDER_ACTION_DUE", "REMINDER_ACTION_OVERDUE", "REMINDER_MEETING_SOON",
					"REMINDER_REVIEW_DUE");
	}

	@Test
	void a_day_later_the_same_due_day_is_not_reminded_again_and_once_overdue_it_is_reminded_once_more() {
		Made made = made();
		this.reminders.queueDue();
		List<String> first = queued(made.team().episode());

		this.clock.advance(Duration.ofDays(1));
		this.reminders.queueDue();
		assertThat(queued(made.team().episode())).containsExactlyElementsOf(first);

		this.clock.advance(Duration.ofDays(1));
		this.reminders.queueDue();
		this.reminders.queueDue();
		LocalDate due = today().minusDays(1);
		assertThat(queued(made.team().episode())).contains(
				key("ACTION_OVERDUE", made.leadAction(), due, made.team().lead()),
				key("ACTION_OVERDUE", made.parentAction(), due, made.team().parent()))
			.doesNotHaveDuplicates()
			.filteredOn(reminder -> reminder.startsWith("ACTION_OVERDUE/" + made.leadAction()))
			.hasSize(1);
	}

	@Test
	void two_runs_at_once_queue_each_reminder_once() throws Exception {
		Made made = made();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return this.reminders.queueDue();
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(queued(made.team().episode(), made.assessingEpisode())).containsExactlyElementsOf(expected(made));
	}

	@Test
	void a_practitioner_and_a_family_member_switch_their_own_reminders_off_and_no_reminder_is_queued_for_them() {
		Made made = made();
		Fixtures.Team team = made.team();
		var lead = signedInAs(team.user("lead"));
		lead.document(SET_REMINDERS)
			.variable("input", Map.of("on", false, "requestId", UUID.randomUUID().toString()))
			.execute()
			.path("setReminders.remindersOn")
			.entity(Boolean.class)
			.isEqualTo(false);
		lead.document("{ viewer { ... on PractitionerViewer { remindersOn } } }")
			.execute()
			.path("viewer.remindersOn")
			.entity(Boolean.class)
			.isEqualTo(false);
		var parent = signedInAs(team.user("parent"));
		parent.document(SET_REMINDERS)
			.variable("input", Map.of("on", false))
			.execute()
			.path("setReminders.remindersOn")
			.entity(Boolean.class)
			.isEqualTo(false);
		// The team member switches theirs back on, in the app.
		Session member = signIn(team.user("member"), DEMO_PASSWORD);
		callEndpoint(member, "ReminderEndpoint/setReminders", Map.of("input", Map.of("on", true)))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.remindersOn")
			.isEqualTo(true);

		this.reminders.queueDue();
		assertThat(queued(team.episode())).containsExactlyInAnyOrder(
				key("ACTION_DUE", made.memberAction(), today().plusDays(1), team.member()),
				key("MEETING_SOON", made.meeting(), meetingDay(made), team.member()));

		// Audited, as the person's own act.
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(team.lead())
			.and(AUDIT_EVENT.OPERATION.eq("switched reminders off")))).isEqualTo(1);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(team.parent())
			.and(AUDIT_EVENT.OPERATION.eq("switched reminders off"))
			.and(AUDIT_EVENT.FAMILY_ID.eq(team.family())))).isEqualTo(1);

		// Partner systems have no reminders to switch.
		forbidden(asPartner(partnerToken("school-mis", "school-mis-secret")).document(SET_REMINDERS)
			.variable("input", Map.of("on", false))
			.execute(), "setReminders");
	}

}
