package org.hearth.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.OutcomeRecord;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code updateOutcome} and {@code cancelOutcome} through /graphql with real sign-in: the SMART checks of the parts
 * sent, per-field conflicts, actions kept within the target, cancelling with the outcome's unfinished actions,
 * replays, and who may not. A refused write is checked to have written nothing.
 */
class OutcomeChangesTests extends HearthIntegrationTests {

	private static final String UPDATE = """
			mutation($input: UpdateOutcomeInput!) {
			  updateOutcome(input: $input) {
			    outcome { description measure targetDate status version }
			    errors { field code message conflict { currentValue } }
			  }
			}""";

	private static final String CANCEL = """
			mutation($input: CancelOutcomeInput!) {
			  cancelOutcome(input: $input) {
			    outcome { status actions { status } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** An active plan: one outcome due in 40 days with an action due in 7 for the team member. */
	private record Plan(Fixtures.Team team, UUID outcome, UUID action) {

		String user(String who) {
			return this.team.user(who);
		}

	}

	private Plan plan() {
		Fixtures.Team team = this.fixtures.team("och-" + UUID.randomUUID().toString().substring(0, 8), "ACTIVE");
		UUID outcome = this.fixtures.outcome(team.episode(), team.child(), "EDUCATION");
		return new Plan(team, outcome,
				this.fixtures.action(outcome, this.fixtures.teamMember(team.episode(), team.member())));
	}

	private static GraphQlTester.Response update(HttpGraphQlTester caller, UUID outcome, int version,
			Map<String, Object> parts) {
		Map<String, Object> input = new HashMap<>(parts);
		input.putAll(Map.of("outcomeId", outcome.toString(), "version", version, "requestId",
				UUID.randomUUID().toString()));
		return caller.document(UPDATE).variable("input", input).execute();
	}

	private static GraphQlTester.Response cancel(HttpGraphQlTester caller, UUID outcome, String reason,
			UUID requestId) {
		return caller.document(CANCEL)
			.variable("input", Map.of("outcomeId", outcome.toString(), "reason", reason, "version", 0, "requestId",
					requestId.toString()))
			.execute();
	}

	private OutcomeRecord stored(UUID outcome) {
		return this.dsl.fetchSingle(OUTCOME, OUTCOME.ID.eq(outcome));
	}

	@Test
	void the_parts_sent_must_be_smart_and_the_rest_is_left_alone() {
		Plan plan = plan();
		HttpGraphQlTester member = signedInAs(plan.user("member"));
		OutcomeRecord before = stored(plan.outcome());
		refused(update(member, plan.outcome(), 0, Map.of("measure", "Soon")), "updateOutcome", "measure", "NOT_SMART");
		refused(update(member, plan.outcome(), 0, Map.of("description", "attendance 95%")), "updateOutcome", "measure",
				"NOT_SMART");
		refused(update(member, plan.outcome(), 0, Map.of("targetDate", today().toString())), "updateOutcome",
				"targetDate", "NOT_SMART");
		assertThat(stored(plan.outcome())).isEqualTo(before);

		var changed = update(member, plan.outcome(), 0, Map.of("measure", "Attendance above 95% for a term"));
		changed.path("updateOutcome.outcome.measure").entity(String.class).isEqualTo("Attendance above 95% for a term");
		changed.path("updateOutcome.outcome.description").entity(String.class).isEqualTo("In school every day");
		changed.path("updateOutcome.outcome.version").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void a_part_someone_else_changed_since_is_a_conflict_and_other_parts_merge() {
		Plan plan = plan();
		update(signedInAs(plan.user("member")), plan.outcome(), 0,
				Map.of("measure", "Attendance above 95% for a term"));
		OutcomeRecord afterMember = stored(plan.outcome());
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		var conflict = update(lead, plan.outcome(), 0, Map.of("measure", "Attendance above 90% for a month"));
		refused(conflict, "updateOutcome", "measure", "CONFLICT");
		conflict.path("updateOutcome.errors[0].conflict.currentValue")
			.entity(String.class)
			.isEqualTo("Attendance above 95% for a term");
		assertThat(stored(plan.outcome())).isEqualTo(afterMember);

		update(lead, plan.outcome(), 0, Map.of("description", "In school on time every day"))
			.path("updateOutcome.outcome.measure")
			.entity(String.class)
			.isEqualTo("Attendance above 95% for a term");
	}

	@Test
	void a_target_before_an_action_is_due_is_refused() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		OutcomeRecord before = stored(plan.outcome());
		refused(update(lead, plan.outcome(), 0, Map.of("targetDate", today().plusDays(3).toString())),
				"updateOutcome", "targetDate", "ACTIONS_DUE_AFTER_TARGET");
		assertThat(stored(plan.outcome())).isEqualTo(before);
		update(lead, plan.outcome(), 0, Map.of("targetDate", today().plusDays(7).toString()))
			.path("updateOutcome.outcome.targetDate")
			.entity(String.class)
			.isEqualTo(today().plusDays(7).toString());
	}

	@Test
	void cancelling_needs_a_reason_and_cancels_the_unfinished_actions_once() {
		Plan plan = plan();
		HttpGraphQlTester member = signedInAs(plan.user("member"));
		refused(cancel(member, plan.outcome(), " ", UUID.randomUUID()), "cancelOutcome", "reason", "REQUIRED");
		assertThat(stored(plan.outcome()).getStatus()).isEqualTo("OPEN");

		UUID request = UUID.randomUUID();
		var cancelled = cancel(member, plan.outcome(), "The family moved school", request);
		cancelled.path("cancelOutcome.outcome.status").entity(String.class).isEqualTo("NO_LONGER_NEEDED");
		cancelled.path("cancelOutcome.outcome.actions[0].status").entity(String.class).isEqualTo("CANCELLED");
		cancel(member, plan.outcome(), "The family moved school", request).path("cancelOutcome.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(stored(plan.outcome()).getVersion()).isEqualTo(1);
		assertThat(this.dsl.fetchSingle(PLAN_ACTION, PLAN_ACTION.ID.eq(plan.action())).getVersion()).isEqualTo(1);
		refused(cancel(member, plan.outcome(), "Again", UUID.randomUUID()), "cancelOutcome", "outcomeId",
				"NOT_OPEN");
	}

	@Test
	void a_replayed_update_changes_nothing_more() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		Map<String, Object> input = Map.of("outcomeId", plan.outcome().toString(), "version", 0, "description",
				"In school on time every day", "requestId", UUID.randomUUID().toString());
		lead.document(UPDATE).variable("input", input).execute();
		lead.document(UPDATE).variable("input", input).execute().path("updateOutcome.outcome.version")
			.entity(Integer.class)
			.isEqualTo(1);
		assertThat(stored(plan.outcome()).getVersion()).isEqualTo(1);
	}

	@Test
	void only_the_team_changes_outcomes() {
		Plan plan = plan();
		OutcomeRecord before = stored(plan.outcome());
		forbidden(update(signedInAs(plan.user("outsider")), plan.outcome(), 0,
				Map.of("description", "Something else entirely")), "updateOutcome");
		forbidden(cancel(signedInAs(plan.user("parent")), plan.outcome(), "We do not need it", UUID.randomUUID()),
				"cancelOutcome");
		assertThat(stored(plan.outcome())).isEqualTo(before);
		callEndpoint(signIn(plan.user("lead"), DEMO_PASSWORD), "PlanEndpoint/cancelOutcome",
				Map.of("input", Map.of("outcomeId", plan.outcome().toString(), "reason", "Met elsewhere", "version",
						0)))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome.status")
			.isEqualTo("NO_LONGER_NEEDED");
	}

}
