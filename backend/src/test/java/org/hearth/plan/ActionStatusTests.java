package org.hearth.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code updateActionStatus} through /graphql with real sign-in: who may move which action, the allowed moves, a
 * replayed request, and a conflict with someone else's change. Each test makes its own episode.
 */
class ActionStatusTests extends HearthIntegrationTests {

	private static final String UPDATE = """
			mutation($input: UpdateActionStatusInput!) {
			  updateActionStatus(input: $input) {
			    action { id status completedOn version }
			    errors { field code message conflict { currentValue changedBy changedAt } }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** An active episode led by one practitioner with a school's practitioner on the team, and an action each. */
	private record Team(String prefix, UUID episode, UUID leadId, String lead, String leadName, String school,
			UUID schoolAgency, UUID leadsAction, UUID schoolsAction) {
	}

	private Team team() {
		String prefix = "act-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Family support " + prefix);
		UUID schoolAgency = this.fixtures.newAgency("School " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID school = this.fixtures.practitioner(prefix + "-school", schoolAgency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(school));
		this.fixtures.fullConsent(episode, parent, lead);
		UUID outcome = this.fixtures.outcome(episode, child, "EDUCATION");
		UUID leadsAction = this.fixtures.action(outcome, this.fixtures.teamMember(episode, lead));
		UUID schoolsAction = this.fixtures.action(outcome, this.fixtures.teamMember(episode, school));
		return new Team(prefix, episode, lead, prefix + "-lead", "Test " + prefix + "-lead", prefix + "-school",
				schoolAgency, leadsAction, schoolsAction);
	}

	private static GraphQlTester.Response update(HttpGraphQlTester caller, UUID action, String status, int version,
			@Nullable UUID requestId) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("actionId", action.toString(), "status", status, "version", version));
		if (requestId != null) {
			input.put("requestId", requestId.toString());
		}
		return caller.document(UPDATE).variable("input", input).execute();
	}

	private String statusOf(UUID action) {
		return this.dsl.select(PLAN_ACTION.STATUS).from(PLAN_ACTION).where(PLAN_ACTION.ID.eq(action)).fetchSingle().value1();
	}

	private int writesOf(UUID action) {
		return this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_ID.eq(action));
	}

	@Test
	void the_lead_marks_an_action_done_and_the_write_is_audited_with_what_changed() {
		Team team = team();
		var done = update(signedInAs(team.lead()), team.schoolsAction(), "DONE", 0, null);
		done.path("updateActionStatus.errors").entityList(Object.class).hasSize(0);
		done.path("updateActionStatus.action.status").entity(String.class).isEqualTo("DONE");
		done.path("updateActionStatus.action.completedOn").entity(String.class).isEqualTo(today().toString());
		done.path("updateActionStatus.action.version").entity(Integer.class).isEqualTo(1);

		var trail = signedInAs("hub").document("""
				query($f: ID!) { auditTrail(familyId: $f, first: 5) { edges { node {
				  actorName operation changes { field before after } } } } }""")
			.variable("f", this.dsl.select(org.hearth.db.jooq.Tables.EPISODE.FAMILY_ID)
				.from(org.hearth.db.jooq.Tables.EPISODE)
				.where(org.hearth.db.jooq.Tables.EPISODE.ID.eq(team.episode()))
				.fetchSingle()
				.value1()
				.toString())
			.execute();
		trail.path("auditTrail.edges[0].node.operation").entity(String.class).isEqualTo("updated an action's status");
		trail.path("auditTrail.edges[0].node.actorName").entity(String.class).isEqualTo(team.leadName());
		trail.path("auditTrail.edges[0].node.changes[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("field", "status", "before", "NOT_STARTED", "after", "DONE"));
	}

	@Test
	void a_team_member_moves_their_own_actions_and_no_one_elses() {
		Team team = team();
		update(signedInAs(team.school()), team.schoolsAction(), "IN_PROGRESS", 0, null)
			.path("updateActionStatus.action.status")
			.entity(String.class)
			.isEqualTo("IN_PROGRESS");

		refusedAsForbidden(update(signedInAs(team.school()), team.leadsAction(), "DONE", 0, null));
		assertThat(statusOf(team.leadsAction())).isEqualTo("NOT_STARTED");
		// A practitioner on no team of this family may not move anything in it.
		refusedAsForbidden(update(signedInAs("casey"), team.schoolsAction(), "DONE", 1, null));
		assertThat(statusOf(team.schoolsAction())).isEqualTo("IN_PROGRESS");
	}

	@Test
	void a_partner_with_actions_write_moves_its_own_agencys_actions_only() {
		Team team = team();
		this.fixtures.partnerClient(team.prefix() + "-writer", "secret", team.schoolAgency(), "plans:read actions:write");
		this.fixtures.partnerClient(team.prefix() + "-reader", "secret", team.schoolAgency(), "plans:read");
		HttpGraphQlTester writer = asPartner(partnerToken(team.prefix() + "-writer", "secret"));

		update(writer, team.schoolsAction(), "DONE", 0, null).path("updateActionStatus.action.status")
			.entity(String.class)
			.isEqualTo("DONE");
		refusedAsForbidden(update(writer, team.leadsAction(), "DONE", 0, null));
		HttpGraphQlTester reader = asPartner(partnerToken(team.prefix() + "-reader", "secret"));
		refusedAsForbidden(update(reader, team.schoolsAction(), "IN_PROGRESS", 1, null));
		assertThat(statusOf(team.leadsAction())).isEqualTo("NOT_STARTED");
		assertThat(statusOf(team.schoolsAction())).isEqualTo("DONE");
	}

	@Test
	void only_allowed_moves_are_made_and_a_closed_episode_takes_none() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.lead());
		update(lead, team.leadsAction(), "CANCELLED", 0, null).path("updateActionStatus.action.version")
			.entity(Integer.class)
			.isEqualTo(1);
		var reopen = update(lead, team.leadsAction(), "DONE", 1, null);
		reopen.path("updateActionStatus.action").valueIsNull();
		reopen.path("updateActionStatus.errors[0].code").entity(String.class).isEqualTo("INVALID_TRANSITION");
		reopen.path("updateActionStatus.errors[0].field").entityList(String.class).containsExactly("input", "status");
		assertThat(statusOf(team.leadsAction())).isEqualTo("CANCELLED");

		this.fixtures.close(team.episode(), team.leadId());
		var closed = update(lead, team.schoolsAction(), "DONE", 0, null);
		closed.path("updateActionStatus.errors[0].code").entity(String.class).isEqualTo("EPISODE_CLOSED");
		assertThat(statusOf(team.schoolsAction())).isEqualTo("NOT_STARTED");
	}

	@Test
	void a_replayed_request_changes_nothing_and_answers_again_even_after_later_writes() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.lead());
		UUID request = UUID.randomUUID();
		update(lead, team.leadsAction(), "IN_PROGRESS", 0, request).path("updateActionStatus.action.version")
			.entity(Integer.class)
			.isEqualTo(1);
		update(lead, team.leadsAction(), "IN_PROGRESS", 0, request).path("updateActionStatus.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(writesOf(team.leadsAction())).as("one write for two sends").isEqualTo(1);

		update(lead, team.leadsAction(), "DONE", 1, null).path("updateActionStatus.action.version")
			.entity(Integer.class)
			.isEqualTo(2);
		// The first request arrives once more (an offline queue replaying): it does not move the action back.
		var late = update(lead, team.leadsAction(), "IN_PROGRESS", 0, request);
		late.path("updateActionStatus.errors").entityList(Object.class).hasSize(0);
		late.path("updateActionStatus.action.id").entity(String.class).isEqualTo(team.leadsAction().toString());
		assertThat(statusOf(team.leadsAction())).isEqualTo("DONE");
		assertThat(writesOf(team.leadsAction())).isEqualTo(2);

		var reused = update(lead, team.schoolsAction(), "DONE", 0, request);
		reused.path("updateActionStatus.errors[0].code").entity(String.class).isEqualTo("ID_REUSED");
		assertThat(statusOf(team.schoolsAction())).isEqualTo("NOT_STARTED");
	}

	@Test
	void a_status_someone_else_changed_since_your_version_is_a_conflict_showing_their_value() {
		Team team = team();
		update(signedInAs(team.school()), team.schoolsAction(), "IN_PROGRESS", 0, null)
			.path("updateActionStatus.action.version")
			.entity(Integer.class)
			.isEqualTo(1);

		// The lead read the action at version 0 and now marks it done: the school's change is shown, not overwritten.
		var conflict = update(signedInAs(team.lead()), team.schoolsAction(), "DONE", 0, null);
		conflict.path("updateActionStatus.action").valueIsNull();
		conflict.path("updateActionStatus.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
		conflict.path("updateActionStatus.errors[0].field").entityList(String.class).containsExactly("input", "status");
		conflict.path("updateActionStatus.errors[0].conflict.currentValue").entity(String.class).isEqualTo("IN_PROGRESS");
		conflict.path("updateActionStatus.errors[0].conflict.changedBy")
			.entity(String.class)
			.isEqualTo("Test " + team.school());
		assertThat(statusOf(team.schoolsAction())).isEqualTo("IN_PROGRESS");

		// With the version the conflict showed, the lead's choice goes through.
		update(signedInAs(team.lead()), team.schoolsAction(), "DONE", 1, null).path("updateActionStatus.action.status")
			.entity(String.class)
			.isEqualTo("DONE");
	}

	private static final String EDIT = """
			mutation($input: UpdateActionInput!) {
			  updateAction(input: $input) {
			    action { description dueDate version }
			    errors { field code conflict { currentValue changedBy } }
			  }
			}""";

	private static GraphQlTester.Response edit(HttpGraphQlTester caller, UUID action, int version,
			Map<String, Object> fields) {
		Map<String, Object> input = new java.util.HashMap<>(fields);
		input.put("actionId", action.toString());
		input.put("version", version);
		return caller.document(EDIT).variable("input", input).execute();
	}

	@Test
	void two_people_editing_different_fields_from_the_same_version_both_succeed_and_the_same_field_conflicts() {
		Team team = team();
		String due = today().plusDays(10).toString();
		// Both read the school's action at version 0.
		edit(signedInAs(team.school()), team.schoolsAction(), 0, Map.of("dueDate", due))
			.path("updateAction.action.version")
			.entity(Integer.class)
			.isEqualTo(1);
		var lead = edit(signedInAs(team.lead()), team.schoolsAction(), 0, Map.of("description", "Walk to school together"));
		lead.path("updateAction.errors").entityList(Object.class).hasSize(0);
		lead.path("updateAction.action.description").entity(String.class).isEqualTo("Walk to school together");
		lead.path("updateAction.action.dueDate").entity(String.class).isEqualTo(due);
		lead.path("updateAction.action.version").entity(Integer.class).isEqualTo(2);

		// The school, still at version 0, now changes the description too: the lead's words are shown, not lost.
		var conflict = edit(signedInAs(team.school()), team.schoolsAction(), 0, Map.of("description", "Breakfast club"));
		conflict.path("updateAction.action").valueIsNull();
		conflict.path("updateAction.errors[0].code").entity(String.class).isEqualTo("CONFLICT");
		conflict.path("updateAction.errors[0].field").entityList(String.class).containsExactly("input", "description");
		conflict.path("updateAction.errors[0].conflict.currentValue")
			.entity(String.class)
			.isEqualTo("Walk to school together");
		conflict.path("updateAction.errors[0].conflict.changedBy").entity(String.class).isEqualTo(team.leadName());
		assertThat(this.dsl.select(PLAN_ACTION.DESCRIPTION)
			.from(PLAN_ACTION)
			.where(PLAN_ACTION.ID.eq(team.schoolsAction()))
			.fetchSingle()
			.value1()).isEqualTo("Walk to school together");
	}

	@Test
	void an_action_is_due_by_its_outcomes_target_and_a_member_edits_only_their_own() {
		Team team = team();
		// The fixture outcome's target is 40 days away.
		edit(signedInAs(team.lead()), team.leadsAction(), 0, Map.of("dueDate", today().plusDays(41).toString()))
			.path("updateAction.errors[0].code")
			.entity(String.class)
			.isEqualTo("DUE_AFTER_TARGET");
		refusedAsForbidden(edit(signedInAs(team.school()), team.leadsAction(), 0, Map.of("description", "Mine now")),
				"updateAction");
	}

	@Test
	void the_apps_endpoint_moves_an_action_through_the_same_rules() {
		Team team = team();
		Session school = signIn(team.school(), DEMO_PASSWORD);
		String body = "{\"input\":{\"actionId\":\"%s\",\"status\":\"DONE\",\"version\":0}}";
		callEndpoint(school, "PlanEndpoint/updateActionStatus", body.formatted(team.schoolsAction()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.action.status")
			.isEqualTo("DONE");
		assertThat(statusOf(team.schoolsAction())).isEqualTo("DONE");
		assertThat(this.dsl.select(AUDIT_EVENT.CHANNEL)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.SUBJECT_ID.eq(team.schoolsAction()))
			.fetchSingle()
			.value1()).isEqualTo("SPA");

		// The same rule as through GraphQL: a team member may not move the lead's action.
		callEndpoint(school, "PlanEndpoint/updateActionStatus", body.formatted(team.leadsAction()))
			.expectStatus()
			.is4xxClientError();
		assertThat(statusOf(team.leadsAction())).isEqualTo("NOT_STARTED");
	}

	private static void refusedAsForbidden(GraphQlTester.Response response) {
		refusedAsForbidden(response, "updateActionStatus");
	}

	private static void refusedAsForbidden(GraphQlTester.Response response, String mutation) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		response.path(mutation).pathDoesNotExist();
	}

}
