package org.hearth.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NEED_AREA;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

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
 * {@code addOutcome} and {@code addAction} through /graphql with real sign-in: the SMART check part by part, when a
 * plan may change, who owns an action and by when, who is told, replays, and who may not. Each test makes its own
 * agencies, practitioners and family; a refused write is checked to have written nothing.
 */
class PlanWritesTests extends HearthIntegrationTests {

	private static final String ADD_OUTCOME = """
			mutation($input: AddOutcomeInput!) {
			  addOutcome(input: $input) {
			    outcome { id description measure targetDate status needArea { code } forPerson { id } }
			    errors { field code message }
			  }
			}""";

	private static final String ADD_ACTION = """
			mutation($input: AddActionInput!) {
			  addAction(input: $input) {
			    action { id description dueDate status owner { id } outcome { id } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * An active episode with a completed assessment, a held meeting and a review (so the next thing due is the plan's
	 * earliest action), led by a family support worker with a teacher on the team, one practitioner who has left it,
	 * an outcome for the child due in 40 days; an outsider, the Early Help team, the parent with an account.
	 */
	private record Plan(String prefix, UUID episode, UUID lead, UUID teacher, UUID leaversPlace, UUID outcome,
			LocalDate target, UUID parent, UUID child, UUID stranger) {

		String user(String who) {
			return this.prefix + "-" + who;
		}

	}

	private Plan plan() {
		String prefix = "plw-" + UUID.randomUUID().toString().substring(0, 8);
		UUID support = this.fixtures.newAgency("Family support " + prefix);
		UUID school = this.fixtures.newAgency("School " + prefix);
		UUID charity = this.fixtures.newAgency("Charity " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", support, null);
		UUID teacher = this.fixtures.practitioner(prefix + "-teacher", school, null);
		UUID leaver = this.fixtures.practitioner(prefix + "-leaver", support, null);
		this.fixtures.practitioner(prefix + "-outsider", charity, null);
		this.fixtures.practitioner(prefix + "-hub", support, null, "PRACTITIONER", "EARLY_HELP_TEAM");
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		UUID stranger = this.fixtures.person(this.fixtures.family("G-" + prefix), "Stranger", "CHILD", false);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(teacher, leaver));
		this.fixtures.leaveTeam(episode, leaver, 3);
		this.fixtures.fullConsent(episode, parent, lead);
		this.fixtures.partnerClient(prefix + "-partner", "secret", school, "plans:read actions:write");
		Fixtures.Plan everything = this.fixtures.planWithEverything(episode, parent, child, lead);
		return new Plan(prefix, episode, lead, teacher, this.fixtures.teamMember(episode, leaver), everything.outcome(),
				today().plusDays(40), parent, child, stranger);
	}

	private Map<String, Object> outcome(Plan plan) {
		return new HashMap<>(Map.of("episodeId", plan.episode().toString(), "forPersonId", plan.child().toString(),
				"needAreaCode", "HOUSING", "description", "The family has a settled home",
				"measure", "A tenancy signed and no arrears for three months", "targetDate",
				today().plusDays(90).toString()));
	}

	private static GraphQlTester.Response addOutcome(HttpGraphQlTester caller, Map<String, Object> input) {
		return caller.document(ADD_OUTCOME).variable("input", input).execute();
	}

	private Map<String, Object> action(Plan plan, UUID owner, LocalDate due) {
		return new HashMap<>(Map.of("outcomeId", plan.outcome().toString(), "description", "Walk to school together",
				"ownerTeamMemberId", owner.toString(), "dueDate", due.toString()));
	}

	private static GraphQlTester.Response addAction(HttpGraphQlTester caller, Map<String, Object> input) {
		return caller.document(ADD_ACTION).variable("input", input).execute();
	}

	private int outcomesOf(UUID episode) {
		return this.dsl.fetchCount(OUTCOME, OUTCOME.EPISODE_ID.eq(episode));
	}

	private int actionsOf(UUID outcome) {
		return this.dsl.fetchCount(PLAN_ACTION, PLAN_ACTION.OUTCOME_ID.eq(outcome));
	}

	private Map<UUID, List<String>> notified(UUID episode) {
		return this.dsl.select(NOTIFICATION.PRACTITIONER_ID, NOTIFICATION.KIND)
			.from(NOTIFICATION)
			.where(NOTIFICATION.EPISODE_ID.eq(episode))
			.fetchGroups(NOTIFICATION.PRACTITIONER_ID, NOTIFICATION.KIND);
	}

	private LocalDate nextDueOf(UUID episode) {
		return this.dsl.select(EPISODE.NEXT_DUE_ON).from(EPISODE).where(EPISODE.ID.eq(episode)).fetchSingle().value1();
	}

	// ------------------------------------------------------------------------------------------------ addOutcome

	@Test
	void a_practitioner_on_the_team_adds_a_smart_outcome_and_the_write_is_audited() {
		Plan plan = plan();
		UUID id = UUID.randomUUID();
		Map<String, Object> input = outcome(plan);
		input.put("id", id.toString());
		input.put("description", "  The family has a settled home  ");
		var added = addOutcome(signedInAs(plan.user("teacher")), input);
		added.path("addOutcome.errors").entityList(Object.class).hasSize(0);
		added.path("addOutcome.outcome")
			.entity(Map.class)
			.isEqualTo(Map.of("id", id.toString(), "description", "The family has a settled home", "measure",
					"A tenancy signed and no arrears for three months", "targetDate", input.get("targetDate"), "status",
					"OPEN", "needArea", Map.of("code", "HOUSING"), "forPerson", Map.of("id", plan.child().toString())));
		assertThat(outcomesOf(plan.episode())).isEqualTo(2);
		assertThat(this.dsl.select(AUDIT_EVENT.OPERATION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.SUBJECT_ID.eq(id))
			.fetch(AUDIT_EVENT.OPERATION)).containsExactly("added an outcome");
	}

	@Test
	void every_part_that_is_not_smart_is_named_and_nothing_is_written() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		String retired = "RETIRED_" + plan.prefix().substring(4);
		this.dsl.insertInto(NEED_AREA)
			.set(NEED_AREA.CODE, retired)
			.set(NEED_AREA.NAME, "Retired " + plan.prefix())
			.set(NEED_AREA.POSITION, 99)
			.set(NEED_AREA.ACTIVE, false)
			.execute();
		Map<String, Object> vague = outcome(plan);
		vague.putAll(Map.of("needAreaCode", retired, "description", "  Better  ", "measure", " ", "targetDate",
				today().toString()));
		var refused = addOutcome(lead, vague);
		refused.path("addOutcome.errors[*].code")
			.entityList(String.class)
			.containsExactly("NOT_SMART", "NOT_SMART", "NOT_SMART", "NOT_SMART");
		refused.path("addOutcome.errors[*].field[1]")
			.entityList(String.class)
			.containsExactly("needAreaCode", "description", "measure", "targetDate");
		refused.path("addOutcome.outcome").valueIsNull();

		Map<String, Object> sameWords = outcome(plan);
		sameWords.put("measure", "the family  HAS a settled home");
		refused(addOutcome(lead, sameWords), "addOutcome", "measure", "NOT_SMART");
		Map<String, Object> tooFar = outcome(plan);
		tooFar.put("targetDate", today().plusDays(366).toString());
		refused(addOutcome(lead, tooFar), "addOutcome", "targetDate", "NOT_SMART");
		assertThat(outcomesOf(plan.episode())).isEqualTo(1);

		Map<String, Object> atTheHorizon = outcome(plan);
		atTheHorizon.put("targetDate", today().plusDays(365).toString());
		addOutcome(lead, atTheHorizon).path("addOutcome.errors").entityList(Object.class).hasSize(0);
		assertThat(outcomesOf(plan.episode())).isEqualTo(2);
	}

	@Test
	void an_outcome_is_for_a_member_of_the_family_or_the_whole_family() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		Map<String, Object> forStranger = outcome(plan);
		forStranger.put("forPersonId", plan.stranger().toString());
		refused(addOutcome(lead, forStranger), "addOutcome", "forPersonId", "NOT_IN_FAMILY");
		assertThat(outcomesOf(plan.episode())).isEqualTo(1);
		Map<String, Object> forEveryone = outcome(plan);
		forEveryone.remove("forPersonId");
		addOutcome(lead, forEveryone).path("addOutcome.outcome.forPerson").valueIsNull();
		assertThat(outcomesOf(plan.episode())).isEqualTo(2);
	}

	@Test
	void outcomes_are_added_while_the_plan_is_made_or_carried_out_not_during_the_assessment() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		this.dsl.update(EPISODE).set(EPISODE.STATUS, "ASSESSING").where(EPISODE.ID.eq(plan.episode())).execute();
		refused(addOutcome(lead, outcome(plan)), "addOutcome", null, "NOT_PLANNING");
		assertThat(outcomesOf(plan.episode())).isEqualTo(1);
		this.dsl.update(EPISODE).set(EPISODE.STATUS, "PLANNING").where(EPISODE.ID.eq(plan.episode())).execute();
		addOutcome(lead, outcome(plan)).path("addOutcome.errors").entityList(Object.class).hasSize(0);
		assertThat(outcomesOf(plan.episode())).isEqualTo(2);
	}

	@Test
	void an_outcome_sent_twice_is_added_once_and_its_id_is_not_reused_for_another() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		UUID id = UUID.randomUUID();
		Map<String, Object> input = outcome(plan);
		input.put("id", id.toString());
		var first = addOutcome(lead, input);
		var again = addOutcome(lead, input);
		again.path("addOutcome.errors").entityList(Object.class).hasSize(0);
		again.path("addOutcome.outcome")
			.entity(Map.class)
			.isEqualTo(first.path("addOutcome.outcome").entity(Map.class).get());
		assertThat(outcomesOf(plan.episode())).isEqualTo(2);
		input.put("measure", "Something else entirely, measured");
		refused(addOutcome(lead, input), "addOutcome", null, "ID_REUSED");
		assertThat(outcomesOf(plan.episode())).isEqualTo(2);
	}

	@Test
	void a_practitioner_off_the_team_one_who_left_it_the_family_and_a_partner_may_not_add_to_the_plan() {
		Plan plan = plan();
		List<HttpGraphQlTester> refused = List.of(signedInAs(plan.user("outsider")), signedInAs(plan.user("leaver")),
				signedInAs(plan.user("parent")), asPartner(partnerToken(plan.user("partner"), "secret")));
		UUID teachersPlace = this.fixtures.teamMember(plan.episode(), plan.teacher());
		for (HttpGraphQlTester caller : refused) {
			forbidden(addOutcome(caller, outcome(plan)), "addOutcome");
			forbidden(addAction(caller, action(plan, teachersPlace, today().plusDays(3))), "addAction");
		}
		forbidden(addAction(signedInAs(plan.user("lead")), Map.of("outcomeId", UUID.randomUUID().toString(),
				"description", "Nowhere", "ownerTeamMemberId", teachersPlace.toString(), "dueDate",
				today().plusDays(3).toString())), "addAction");
		assertThat(outcomesOf(plan.episode())).isEqualTo(1);
		assertThat(actionsOf(plan.outcome())).isEqualTo(1);
		assertThat(notified(plan.episode())).isEmpty();
	}

	// ------------------------------------------------------------------------------------------------- addAction

	@Test
	void the_lead_gives_the_teacher_an_action_the_teacher_is_told_and_it_becomes_the_next_thing_due() {
		Plan plan = plan();
		UUID teachersPlace = this.fixtures.teamMember(plan.episode(), plan.teacher());
		UUID id = UUID.randomUUID();
		Map<String, Object> input = action(plan, teachersPlace, today().plusDays(2));
		input.put("id", id.toString());
		var added = addAction(signedInAs(plan.user("lead")), input);
		added.path("addAction.errors").entityList(Object.class).hasSize(0);
		added.path("addAction.action")
			.entity(Map.class)
			.isEqualTo(Map.of("id", id.toString(), "description", "Walk to school together", "dueDate",
					today().plusDays(2).toString(), "status", "NOT_STARTED", "owner",
					Map.of("id", teachersPlace.toString()), "outcome", Map.of("id", plan.outcome().toString())));
		assertThat(notified(plan.episode())).isEqualTo(Map.of(plan.teacher(), List.of("ACTION_ASSIGNED")));
		assertThat(nextDueOf(plan.episode())).isEqualTo(today().plusDays(2));
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_ID.eq(id))).isEqualTo(1);
	}

	@Test
	void a_team_member_adds_an_action_of_their_own_due_on_the_target_date_and_is_not_told_of_it() {
		Plan plan = plan();
		UUID teachersPlace = this.fixtures.teamMember(plan.episode(), plan.teacher());
		addAction(signedInAs(plan.user("teacher")), action(plan, teachersPlace, plan.target()))
			.path("addAction.action.dueDate")
			.entity(String.class)
			.isEqualTo(plan.target().toString());
		assertThat(actionsOf(plan.outcome())).isEqualTo(2);
		assertThat(notified(plan.episode())).isEmpty();
	}

	@Test
	void an_action_is_owned_by_someone_on_the_team_now_said_in_words_and_due_between_today_and_the_target() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		UUID teachersPlace = this.fixtures.teamMember(plan.episode(), plan.teacher());
		UUID otherEpisodesLead = this.fixtures.leadMemberOf(this.fixtures.episode("O-" + plan.prefix(),
				this.fixtures.family("O-" + plan.prefix()), plan.lead(), List.of()));
		LocalDate nextDue = nextDueOf(plan.episode());
		refused(addAction(lead, action(plan, plan.leaversPlace(), today().plusDays(3))), "addAction",
				"ownerTeamMemberId", "NOT_A_MEMBER");
		refused(addAction(lead, action(plan, otherEpisodesLead, today().plusDays(3))), "addAction",
				"ownerTeamMemberId", "NOT_A_MEMBER");
		Map<String, Object> blank = action(plan, teachersPlace, today().plusDays(3));
		blank.put("description", "   ");
		refused(addAction(lead, blank), "addAction", "description", "REQUIRED");
		refused(addAction(lead, action(plan, teachersPlace, today().minusDays(1))), "addAction", "dueDate",
				"DUE_IN_PAST");
		refused(addAction(lead, action(plan, teachersPlace, plan.target().plusDays(1))), "addAction", "dueDate",
				"DUE_AFTER_TARGET");
		assertThat(actionsOf(plan.outcome())).isEqualTo(1);
		assertThat(notified(plan.episode())).isEmpty();
		assertThat(nextDueOf(plan.episode())).isEqualTo(nextDue);
		addAction(lead, action(plan, teachersPlace, today())).path("addAction.errors").entityList(Object.class).hasSize(0);
		assertThat(actionsOf(plan.outcome())).isEqualTo(2);
	}

	@Test
	void an_action_sent_twice_is_added_once_and_its_id_is_not_reused_for_another() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.user("lead"));
		UUID teachersPlace = this.fixtures.teamMember(plan.episode(), plan.teacher());
		UUID id = UUID.randomUUID();
		Map<String, Object> input = action(plan, teachersPlace, today().plusDays(5));
		input.put("id", id.toString());
		var first = addAction(lead, input);
		var again = addAction(lead, input);
		again.path("addAction.errors").entityList(Object.class).hasSize(0);
		again.path("addAction.action").entity(Map.class).isEqualTo(first.path("addAction.action").entity(Map.class).get());
		assertThat(actionsOf(plan.outcome())).isEqualTo(2);
		assertThat(notified(plan.episode())).isEqualTo(Map.of(plan.teacher(), List.of("ACTION_ASSIGNED")));
		input.put("dueDate", today().plusDays(6).toString());
		refused(addAction(lead, input), "addAction", null, "ID_REUSED");
		assertThat(actionsOf(plan.outcome())).isEqualTo(2);
	}

	// ---------------------------------------------------------------------------------------- the app's endpoint

	@Test
	void the_apps_endpoint_adds_outcomes_and_actions_through_the_same_service_and_refuses_the_family() {
		Plan plan = plan();
		String outcome = """
				{"input":{"episodeId":"%s","needAreaCode":"EDUCATION","description":"Goes to school every day",
				"measure":"Attendance above 95 percent","targetDate":"%s"}}""".formatted(plan.episode(),
				today().plusDays(60));
		callEndpoint(signIn(plan.user("parent"), DEMO_PASSWORD), "PlanEndpoint/addOutcome", outcome).expectStatus()
			.is4xxClientError();
		assertThat(outcomesOf(plan.episode())).isEqualTo(1);
		callEndpoint(signIn(plan.user("teacher"), DEMO_PASSWORD), "PlanEndpoint/addOutcome", outcome).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.isEmpty()
			.jsonPath("$.outcome.description")
			.isEqualTo("Goes to school every day");
		assertThat(outcomesOf(plan.episode())).isEqualTo(2);

		String action = """
				{"input":{"outcomeId":"%s","description":"Morning lift","ownerTeamMemberId":"%s","dueDate":"%s"}}"""
			.formatted(plan.outcome(), this.fixtures.leadMemberOf(plan.episode()), today().plusDays(4));
		callEndpoint(signIn(plan.user("lead"), DEMO_PASSWORD), "PlanEndpoint/addAction", action).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.action.description")
			.isEqualTo("Morning lift");
		assertThat(actionsOf(plan.outcome())).isEqualTo(2);
	}

}
