package org.hearth.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.hearth.support.Demo;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's case files through {@code /connect/CaseFileEndpoint/caseFiles} with real sign-in, on the demo families:
 * what a worker sees of a family and its task list, who is refused, and that reading many files costs no more
 * queries than reading one.
 */
class CaseFileTests extends HearthIntegrationTests {

	private static final String CASE_FILES = "CaseFileEndpoint/caseFiles";

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	private UUID episode(int demoFamily) {
		return this.dsl.select(EPISODE.ID).from(EPISODE).where(EPISODE.REFERENCE.eq(Demo.episode(demoFamily))).fetchSingle().value1();
	}

	private Map<String, Object> ask(UUID... episodes) {
		return Map.of("episodeIds", List.of(episodes).stream().map(UUID::toString).toList());
	}

	@Test
	void the_lead_reads_an_active_familys_file_with_its_team_plan_and_task_list() {
		UUID active = episode(Demo.ACTIVE);
		UUID requested = episode(Demo.REQUESTED);
		int actions = this.dsl.fetchCount(PLAN_ACTION.join(OUTCOME).on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID)),
				OUTCOME.EPISODE_ID.eq(active).and(PLAN_ACTION.STATUS.ne("CANCELLED")));
		int actionsDone = this.dsl.fetchCount(PLAN_ACTION.join(OUTCOME).on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID)),
				OUTCOME.EPISODE_ID.eq(active).and(PLAN_ACTION.STATUS.eq("DONE")));

		callEndpoint(signIn("sam", DEMO_PASSWORD), CASE_FILES, ask(requested, active))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			// In the order asked.
			.jsonPath("$[0].reference").isEqualTo(Demo.episode(Demo.REQUESTED))
			.jsonPath("$[0].tasks[?(@.kind == 'CONSENT')].status").isEqualTo("TO_DO")
			.jsonPath("$[0].tasks[?(@.kind == 'ASSESSMENT')].status").isEqualTo("CANNOT_START_YET")
			.jsonPath("$[0].tasks[?(@.kind == 'CLOSE')].status").isEqualTo("CANNOT_START_YET")
			.jsonPath("$[1].reference").isEqualTo(Demo.episode(Demo.ACTIVE))
			.jsonPath("$[1].status").isEqualTo("ACTIVE")
			.jsonPath("$[1].familyReference").isEqualTo(Demo.family(Demo.ACTIVE))
			// The lead first, with their work contact.
			.jsonPath("$[1].team[0].name").isEqualTo("Sam Okafor")
			.jsonPath("$[1].team[0].lead").isEqualTo(true)
			.jsonPath("$[1].team[0].phone").isEqualTo("07700 900101")
			.jsonPath("$[1].members[?(@.givenName == 'Leo')].role").isEqualTo("CHILD")
			.jsonPath("$[1].outcomes.length()").isEqualTo(3)
			.jsonPath("$[1].outcomes[*].needArea").value(List.class, names -> assertThat(names).doesNotContain("HOUSING"))
			.jsonPath("$[1].reviews.length()").isEqualTo(2)
			.jsonPath("$[1].tasks[*].kind")
			.isEqualTo(List.of("CONSENT", "LEAD", "ASSESSMENT", "PLAN", "INITIAL_MEETING", "ACTIONS", "REVIEW", "CLOSE"))
			.jsonPath("$[1].tasks[?(@.kind == 'CONSENT')].status").isEqualTo("DONE")
			.jsonPath("$[1].tasks[?(@.kind == 'ASSESSMENT')].status").isEqualTo("DONE")
			.jsonPath("$[1].tasks[?(@.kind == 'PLAN')].status").isEqualTo("DONE")
			.jsonPath("$[1].tasks[?(@.kind == 'INITIAL_MEETING')].status").isEqualTo("DONE")
			.jsonPath("$[1].tasks[?(@.kind == 'ACTIONS')].done").isEqualTo(actionsDone)
			.jsonPath("$[1].tasks[?(@.kind == 'ACTIONS')].of").isEqualTo(actions)
			.jsonPath("$[1].tasks[?(@.kind == 'REVIEW')].status").isEqualTo("IN_PROGRESS")
			.jsonPath("$[1].tasks[?(@.kind == 'REVIEW')].done").isEqualTo(2)
			.jsonPath("$[1].tasks[?(@.kind == 'CLOSE')].status").isEqualTo("TO_DO");
	}

	@Test
	void a_closed_family_shows_where_it_was_signposted_and_every_step_it_took_as_done() {
		callEndpoint(signIn("sam", DEMO_PASSWORD), CASE_FILES, ask(episode(Demo.CLOSED)))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].status").isEqualTo("CLOSED")
			.jsonPath("$[0].closure.reason").isEqualTo("NEEDS_MET")
			.jsonPath("$[0].closure.signposting").isNotEmpty()
			.jsonPath("$[0].tasks[?(@.kind == 'CLOSE')].status").isEqualTo("DONE")
			.jsonPath("$[0].tasks[?(@.kind == 'REVIEW')].dueOn").isEqualTo((Object) null);
	}

	@Test
	void a_practitioner_off_the_team_gets_nothing_and_nothing_is_recorded_as_read() {
		String prefix = "cf-" + UUID.randomUUID().toString().substring(0, 8);
		UUID outsider = this.fixtures.practitioner(prefix + "-outsider", this.fixtures.newAgency("Agency " + prefix),
				null);
		UUID active = episode(Demo.ACTIVE);

		callEndpoint(signIn(prefix + "-outsider", DEMO_PASSWORD), CASE_FILES, ask(active))
			.expectStatus()
			.isOk()
			.expectBody()
			.json("[]");
		assertThat(this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.EPISODE_ID.eq(active).and(AUDIT_EVENT.ACTOR_ID.eq(outsider))))
			.isZero();
	}

	@Test
	void a_family_member_may_not_read_case_files_and_is_told_so() {
		callEndpoint(signIn("dana", DEMO_PASSWORD), CASE_FILES, ask(episode(Demo.ACTIVE)))
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.reference").doesNotExist();
	}

	@Test
	void more_than_fifty_files_at_once_are_refused_with_a_reason() {
		UUID[] many = IntStream.range(0, CaseFileService.MAX_FILES + 1).mapToObj(n -> UUID.randomUUID())
			.toArray(UUID[]::new);
		callEndpoint(signIn("sam", DEMO_PASSWORD), CASE_FILES, ask(many))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message").value(String.class, message -> assertThat(message).contains("at most 50"));
	}

	@Test
	void six_families_with_different_teams_cost_the_same_queries_as_two() {
		Session hub = signIn("hub", DEMO_PASSWORD);
		UUID[] all = IntStream.rangeClosed(1, 6).mapToObj(this::episode).toArray(UUID[]::new);

		// The active and the closed family between them have a record of every kind the other four have.
		this.statements.reset();
		callEndpoint(hub, CASE_FILES, ask(all[Demo.ACTIVE - 1], all[Demo.CLOSED - 1])).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()")
			.isEqualTo(2);
		int forTwo = this.statements.count();
		this.statements.reset();
		callEndpoint(hub, CASE_FILES, ask(all)).expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(6);
		int forSix = this.statements.count();

		assertThat(forSix).as("statements for six case files against %d for two", forTwo).isEqualTo(forTwo);
	}

}
