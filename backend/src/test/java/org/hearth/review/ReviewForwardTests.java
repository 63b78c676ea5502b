package org.hearth.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.REVIEW_BROUGHT_FORWARD;

import java.time.LocalDate;
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
 * {@code bringReviewForward} through /graphql with real sign-in: only for a plan under way, to a day from today and
 * before the review now due, with a reason; the earlier day is the next review due until a review is recorded after
 * it; the team is told; replays change nothing; team members may not.
 */
class ReviewForwardTests extends HearthIntegrationTests {

	private static final String FORWARD = """
			mutation($input: BringReviewForwardInput!) {
			  bringReviewForward(input: $input) {
			    episode { timescales { nextReviewDue } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** An active episode whose latest review (held ten days ago) set the next for 30 days from now. */
	private Fixtures.Team active() {
		Fixtures.Team team = this.fixtures.team("rfw-" + UUID.randomUUID().toString().substring(0, 8), "ACTIVE");
		this.fixtures.review(team.episode(), this.fixtures.meeting(team.episode(), List.of(), List.of()), team.lead());
		return team;
	}

	private static GraphQlTester.Response forward(HttpGraphQlTester caller, UUID episode, LocalDate to,
			String reason) {
		return caller.document(FORWARD)
			.variable("input", new HashMap<>(Map.of("episodeId", episode.toString(), "to", to.toString(), "reason",
					reason, "requestId", UUID.randomUUID().toString())))
			.execute();
	}

	private int broughtForward(UUID episode) {
		return this.dsl.fetchCount(REVIEW_BROUGHT_FORWARD, REVIEW_BROUGHT_FORWARD.EPISODE_ID.eq(episode));
	}

	private LocalDate nextDueOn(UUID episode) {
		return this.dsl.fetchSingle(EPISODE, EPISODE.ID.eq(episode)).getNextDueOn();
	}

	@Test
	void a_review_is_brought_forward_to_a_day_before_it_is_due_and_the_team_is_told() {
		Fixtures.Team active = active();
		HttpGraphQlTester lead = signedInAs(active.user("lead"));
		refused(forward(lead, active.episode(), today().minusDays(1), "Police call-out last night"),
				"bringReviewForward", "to", "IN_THE_PAST");
		refused(forward(lead, active.episode(), today().plusDays(30), "Police call-out last night"),
				"bringReviewForward", "to", "NOT_SOONER");
		refused(forward(lead, active.episode(), today().plusDays(3), " "), "bringReviewForward", "reason",
				"REQUIRED");
		assertThat(broughtForward(active.episode())).isZero();

		forward(lead, active.episode(), today().plusDays(3), "Police call-out last night")
			.path("bringReviewForward.episode.timescales.nextReviewDue")
			.entity(String.class)
			.isEqualTo(today().plusDays(3).toString());
		// The caseload sorts by the earliest thing due: the review now counts from the earlier day.
		assertThat(nextDueOn(active.episode())).isBeforeOrEqualTo(today().plusDays(3));
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.PRACTITIONER_ID.eq(active.member())
			.and(NOTIFICATION.KIND.eq("REVIEW_BROUGHT_FORWARD")))).isEqualTo(1);
	}

	@Test
	void a_review_recorded_after_it_sets_the_next_date_again() {
		Fixtures.Team active = active();
		HttpGraphQlTester lead = signedInAs(active.user("lead"));
		forward(lead, active.episode(), today().plusDays(2), "School exclusion");
		UUID outcome = this.fixtures.outcome(active.episode(), active.child(), "EDUCATION");
		lead.document("""
				mutation($input: RecordReviewInput!) {
				  recordReview(input: $input) { episode { timescales { nextReviewDue } } errors { code } } }""")
			.variable("input", Map.of("episodeId", active.episode().toString(), "heldOn", today().toString(),
					"progress", "NO_CHANGE", "decision", "CONTINUE", "nextReviewDue", today().plusDays(40).toString(),
					"outcomeProgress", List.of(Map.of("outcomeId", outcome.toString(), "status", "OPEN"))))
			.execute()
			.path("recordReview.episode.timescales.nextReviewDue")
			.entity(String.class)
			.isEqualTo(today().plusDays(40).toString());
	}

	@Test
	void only_an_active_plan_by_the_leads_side_and_a_replay_changes_nothing() {
		Fixtures.Team active = active();
		forbidden(forward(signedInAs(active.user("member")), active.episode(), today().plusDays(3), "Worried"),
				"bringReviewForward");
		Map<String, Object> input = Map.of("episodeId", active.episode().toString(), "to",
				today().plusDays(4).toString(), "reason", "Worried", "requestId", UUID.randomUUID().toString());
		HttpGraphQlTester lead = signedInAs(active.user("lead"));
		lead.document(FORWARD).variable("input", input).execute();
		lead.document(FORWARD).variable("input", input).execute().path("bringReviewForward.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(broughtForward(active.episode())).isEqualTo(1);
		callEndpoint(signIn(active.user("lead"), DEMO_PASSWORD), "MeetingEndpoint/bringReviewForward",
				Map.of("input", Map.of("episodeId", active.episode().toString(), "to", today().plusDays(2).toString(),
						"reason", "Another call-out")))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.isEmpty();
		assertThat(broughtForward(active.episode())).isEqualTo(2);

		this.dsl.update(EPISODE).set(EPISODE.STATUS, "PLANNING").where(EPISODE.ID.eq(active.episode())).execute();
		refused(forward(lead, active.episode(), today().plusDays(1), "Worried"), "bringReviewForward", "episodeId",
				"NOT_ACTIVE");
		assertThat(broughtForward(active.episode())).isEqualTo(2);
	}

}
