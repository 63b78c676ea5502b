package org.hearth.familyplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Demo;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The family's own view of their plan through {@code /connect/FamilyPlanEndpoint/myPlan} with real sign-in: Dana
 * reads the Carter family's plan, a practitioner is refused, a member of another family reads only their own; and
 * what a family member may do from it (mark their own action done, add a comment the lead is told about) through the
 * existing endpoints.
 */
class FamilyPlanEndpointTests extends HearthIntegrationTests {

	private static final String MY_PLAN = "FamilyPlanEndpoint/myPlan";

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	private UUID episode(int demoFamily) {
		return this.dsl.select(EPISODE.ID).from(EPISODE).where(EPISODE.REFERENCE.eq(Demo.episode(demoFamily))).fetchSingle().value1();
	}

	/** A family of the test's own, the parent on the team and owning one action, the child another outcome. */
	private Fixtures.Team familyWithAnActionForTheParent(String prefix) {
		Fixtures.Team team = this.fixtures.team(prefix, "ACTIVE");
		UUID parentPlace = this.fixtures.familyOnTeam(team.episode(), team.parent());
		UUID outcome = this.fixtures.outcome(team.episode(), team.child(), "EDUCATION");
		this.fixtures.action(outcome, parentPlace);
		this.fixtures.action(outcome, this.fixtures.leadMemberOf(team.episode()));
		return team;
	}

	@Test
	void dana_reads_the_carter_familys_plan_with_her_own_action_marked_as_hers() {
		UUID active = episode(Demo.ACTIVE);
		UUID dana = this.dsl.select(PERSON.ID).from(PERSON).where(PERSON.GIVEN_NAME.eq("Dana")
			.and(PERSON.FAMILY_NAME.eq("Carter"))).fetchSingle().value1();

		callEndpoint(signIn("dana", DEMO_PASSWORD), MY_PLAN, Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.firstName").isEqualTo("Dana")
			.jsonPath("$.familyName").isEqualTo("Carter")
			.jsonPath("$.emergencyContact").isNotEmpty()
			// Sam's agency has an office number: that is who to call when he is away.
			.jsonPath("$.leadAwayContact").isEqualTo("Northgate Early Help Service on 01632 960100")
			.jsonPath("$.plan.episodeId").isEqualTo(active.toString())
			.jsonPath("$.plan.status").isEqualTo("ACTIVE")
			.jsonPath("$.plan.lead.name").isEqualTo("Sam Okafor")
			.jsonPath("$.plan.lead.phone").isEqualTo("07700 900101")
			.jsonPath("$.plan.familyOnTeam").isEqualTo(List.of("Dana"))
			.jsonPath("$.plan.outcomes.length()").isEqualTo(3)
			.jsonPath("$.plan.outcomes[?(@.forName == 'Leo')].description")
			.isEqualTo(List.of("Leo feels settled at school and has fewer incidents."))
			.jsonPath("$.plan.outcomes[*].actions[?(@.description == 'Benefit check with Citizens Advice.')].mine")
			.isEqualTo(List.of(true))
			.jsonPath("$.plan.outcomes[*].actions[?(@.description == 'Benefit check with Citizens Advice.')].who")
			.isEqualTo(List.of("Dana"))
			.jsonPath("$.plan.outcomes[*].actions[?(@.description == 'Referral to the school counsellor.')].mine")
			.isEqualTo(List.of(false))
			.jsonPath("$.plan.lastReview.familyViews")
			.isEqualTo("Benefit claims sorted. Still worried about the DHP decision.")
			.jsonPath("$.plan.lastReview.decision").isEqualTo("AMEND_PLAN")
			.jsonPath("$.plan.comments[0].who").isEqualTo("Dana")
			.jsonPath("$.plan.comments[0].text").isEqualTo("Thank you for coming to the review at home, it helped.")
			.jsonPath("$.plan.closure").doesNotExist();
		// Audited as a read of the episode, as the case file is.
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.EPISODE_ID.eq(active)
			.and(AUDIT_EVENT.ACTOR_ID.eq(dana))
			.and(AUDIT_EVENT.OPERATION.eq("read episode")))).isPositive();
	}

	@Test
	void a_practitioner_is_refused() {
		callEndpoint(signIn("sam", DEMO_PASSWORD), MY_PLAN, Map.of())
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.plan").doesNotExist();
	}

	@Test
	void a_member_of_another_family_reads_only_their_own_familys_plan() {
		String prefix = "fp-" + UUID.randomUUID().toString().substring(0, 8);
		Fixtures.Team team = familyWithAnActionForTheParent(prefix);

		callEndpoint(signIn(team.user("parent"), DEMO_PASSWORD), MY_PLAN, Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.firstName").isEqualTo("Parent")
			.jsonPath("$.plan.episodeId").isEqualTo(team.episode().toString())
			.jsonPath("$.plan.outcomes.length()").isEqualTo(1)
			.jsonPath("$.plan.outcomes[0].forName").isEqualTo("Child")
			.jsonPath("$.plan.outcomes[0].actions[?(@.mine == true)].who").isEqualTo(List.of("Parent"))
			.jsonPath("$.plan.outcomes[0].actions[?(@.mine == false)].who").isEqualTo(List.of("Test " + prefix + "-lead"))
			.jsonPath("$.plan.comments.length()").isEqualTo(0)
			.jsonPath("$..text").value(List.class, texts -> assertThat(texts).isEmpty())
			// The fixture agency has no office number: the council's, from configuration.
			.jsonPath("$.leadAwayContact").isEqualTo("your council’s Early Help team")
			.jsonPath("$..name").value(List.class, names -> assertThat(names).doesNotContain("Sam Okafor"));
	}

	@Test
	void the_plan_costs_the_same_statements_however_big_it_is() {
		String prefix = "fp-" + UUID.randomUUID().toString().substring(0, 8);
		Fixtures.Team small = familyWithAnActionForTheParent(prefix);
		Session parent = signIn(small.user("parent"), DEMO_PASSWORD);
		Session dana = signIn("dana", DEMO_PASSWORD);

		this.statements.reset();
		callEndpoint(parent, MY_PLAN, Map.of()).expectStatus().isOk();
		int forSmall = this.statements.count();
		this.statements.reset();
		callEndpoint(dana, MY_PLAN, Map.of()).expectStatus().isOk();
		assertThat(this.statements.count()).isEqualTo(forSmall);
	}

	@Test
	void a_parent_marks_their_own_action_done_but_not_the_leads_and_the_lead_hears_of_their_comment() {
		String prefix = "fp-" + UUID.randomUUID().toString().substring(0, 8);
		Fixtures.Team team = familyWithAnActionForTheParent(prefix);
		UUID leadPlace = this.fixtures.leadMemberOf(team.episode());
		UUID mine = this.dsl.select(PLAN_ACTION.ID).from(PLAN_ACTION)
			.where(PLAN_ACTION.OWNER_MEMBER_ID.ne(leadPlace)
				.and(PLAN_ACTION.OUTCOME_ID.in(this.dsl.select(org.hearth.db.jooq.Tables.OUTCOME.ID)
					.from(org.hearth.db.jooq.Tables.OUTCOME)
					.where(org.hearth.db.jooq.Tables.OUTCOME.EPISODE_ID.eq(team.episode())))))
			.fetchSingle().value1();
		UUID leads = this.dsl.select(PLAN_ACTION.ID).from(PLAN_ACTION).where(PLAN_ACTION.OWNER_MEMBER_ID.eq(leadPlace))
			.fetchSingle().value1();
		Session parent = signIn(team.user("parent"), DEMO_PASSWORD);

		callEndpoint(parent, "PlanEndpoint/updateActionStatus", Map.of("input", Map.of("actionId", mine.toString(),
				"status", "DONE", "version", 0, "requestId", UUID.randomUUID().toString())))
			.expectStatus()
			.isOk();
		assertThat(this.dsl.select(PLAN_ACTION.STATUS).from(PLAN_ACTION).where(PLAN_ACTION.ID.eq(mine)).fetchSingle().value1())
			.isEqualTo("DONE");
		callEndpoint(parent, "PlanEndpoint/updateActionStatus", Map.of("input", Map.of("actionId", leads.toString(),
				"status", "DONE", "version", 0, "requestId", UUID.randomUUID().toString())))
			.expectStatus()
			.isBadRequest();
		assertThat(this.dsl.select(PLAN_ACTION.STATUS).from(PLAN_ACTION).where(PLAN_ACTION.ID.eq(leads)).fetchSingle().value1())
			.isNotEqualTo("DONE");

		callEndpoint(parent, "CommentEndpoint/addFamilyComment", Map.of("input", Map.of("id",
				UUID.randomUUID().toString(), "episodeId", team.episode().toString(), "text", "The school run is easier now.")))
			.expectStatus()
			.isOk();
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.PRACTITIONER_ID.eq(team.lead())
			.and(NOTIFICATION.EPISODE_ID.eq(team.episode()))
			.and(NOTIFICATION.KIND.eq("FAMILY_COMMENT")))).isEqualTo(1);
		callEndpoint(parent, MY_PLAN, Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.plan.comments[0].text").isEqualTo("The school run is easier now.")
			.jsonPath("$.plan.comments[0].mine").isEqualTo(true)
			.jsonPath("$.plan.outcomes[0].actions[?(@.mine == true)].status").isEqualTo(List.of("DONE"));
	}

}
