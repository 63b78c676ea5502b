package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NEED_AREA;

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
 * The needs an assessment found (the Supporting Families headlines), recorded with its completion through /graphql:
 * only the policy's active need areas, repeats once, in the policy's order, audited with the completion; left out,
 * nothing about them changes. Read like the summary: the team and a parent, not another adult or a young person.
 */
class AssessmentNeedsTests extends HearthIntegrationTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private record Household(Fixtures.Team team, UUID mother, String otherAdult, String youngPerson) {
	}

	/** A family whose assessment has started with the mother's view, ready to complete. */
	private Household assessing() {
		String prefix = "need-" + UUID.randomUUID().toString().substring(0, 8);
		Fixtures.Team team = this.fixtures.team(prefix, "ASSESSING");
		this.fixtures.otherAdultAccount(prefix + "-other-adult", team.family());
		this.fixtures.youngPersonAccount(prefix + "-young", team.family());
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		lead.document("""
				mutation($e: ID!, $p: ID!) { recordPersonView(input: { episodeId: $e, personId: $p, worries: "Rent" }) {
				  errors { code } } }""")
			.variable("e", team.episode().toString())
			.variable("p", team.parent().toString())
			.execute()
			.path("recordPersonView.errors")
			.entityList(Object.class)
			.hasSize(0);
		return new Household(team, team.parent(), prefix + "-other-adult", prefix + "-young");
	}

	private static GraphQlTester.Response complete(HttpGraphQlTester caller, UUID episode, List<String> codes) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", episode.toString(), "summary", "Rent and school"));
		if (codes != null) {
			input.put("needAreaCodes", codes);
		}
		return caller.document("""
				mutation($input: CompleteAssessmentInput!) { completeAssessment(input: $input) {
				  episode { status assessment { needAreas { code name } } } errors { field code } } }""")
			.variable("input", input)
			.execute();
	}

	private List<String> stored(UUID episode) {
		return this.dsl.select(ASSESSMENT_NEED.NEED_AREA_CODE)
			.from(ASSESSMENT_NEED)
			.join(ASSESSMENT)
			.on(ASSESSMENT.ID.eq(ASSESSMENT_NEED.ASSESSMENT_ID))
			.where(ASSESSMENT.EPISODE_ID.eq(episode))
			.orderBy(ASSESSMENT_NEED.NEED_AREA_CODE)
			.fetch(ASSESSMENT_NEED.NEED_AREA_CODE);
	}

	private String status(UUID episode) {
		return this.dsl.select(EPISODE.STATUS).from(EPISODE).where(EPISODE.ID.eq(episode)).fetchSingle().value1();
	}

	private List<String> needsAs(String username, UUID episode) {
		return signedInAs(username).document("query($e: ID!) { episode(id: $e) { assessment { needAreas { code } } } }")
			.variable("e", episode.toString())
			.execute()
			.path("episode.assessment.needAreas[*].code")
			.entityList(String.class)
			.get();
	}

	@Test
	void the_needs_found_are_stored_with_the_completion_in_the_policys_order_and_audited() {
		Household household = assessing();
		UUID episode = household.team().episode();
		var done = complete(signedInAs(household.team().user("lead")), episode,
				List.of("HOUSING", "EDUCATION", " HOUSING ", "FINANCIAL_STABILITY"));
		done.path("completeAssessment.errors").entityList(Object.class).hasSize(0);
		done.path("completeAssessment.episode.status").entity(String.class).isEqualTo("PLANNING");
		done.path("completeAssessment.episode.assessment.needAreas[*].code")
			.entityList(String.class)
			.containsExactly("EDUCATION", "HOUSING", "FINANCIAL_STABILITY");
		done.path("completeAssessment.episode.assessment.needAreas[1].name").entity(String.class)
			.isEqualTo("Secure housing");
		assertThat(stored(episode)).containsExactly("EDUCATION", "FINANCIAL_STABILITY", "HOUSING");
		// The tablet's copy of the family carries them too, for its "Needs found".
		callEndpoint(signIn(household.team().user("lead"), DEMO_PASSWORD), "CaseFileEndpoint/caseFiles",
				Map.of("episodeIds", List.of(episode.toString())))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].assessment.needAreaCodes")
			.isEqualTo(List.of("EDUCATION", "HOUSING", "FINANCIAL_STABILITY"));
		assertThat(this.dsl.select(AUDIT_EVENT.CHANGES)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.EPISODE_ID.eq(episode))
			.and(AUDIT_EVENT.OPERATION.eq("completed the assessment"))
			.fetchSingle()
			.value1()).contains("needAreaCodes").contains("[EDUCATION, HOUSING, FINANCIAL_STABILITY]");
	}

	@Test
	void an_unknown_or_retired_need_area_is_refused_at_the_field_and_nothing_changes() {
		Household household = assessing();
		UUID episode = household.team().episode();
		HttpGraphQlTester lead = signedInAs(household.team().user("lead"));
		String retired = "RETIRED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.dsl.insertInto(NEED_AREA)
			.set(NEED_AREA.CODE, retired)
			.set(NEED_AREA.NAME, "Retired " + retired)
			.set(NEED_AREA.POSITION, 99)
			.set(NEED_AREA.ACTIVE, false)
			.execute();
		int events = this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.EPISODE_ID.eq(episode));
		for (String code : List.of("NOT_A_NEED", retired)) {
			var refused = complete(lead, episode, List.of("HOUSING", code));
			refused.path("completeAssessment.errors[0].code").entity(String.class).isEqualTo("UNKNOWN_NEED_AREA");
			refused.path("completeAssessment.errors[0].field").entityList(String.class)
				.containsExactly("input", "needAreaCodes");
			refused.path("completeAssessment.episode").valueIsNull();
		}
		assertThat(stored(episode)).isEmpty();
		assertThat(status(episode)).isEqualTo("ASSESSING");
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.EPISODE_ID.eq(episode))).isEqualTo(events);
	}

	@Test
	void a_client_that_never_sends_the_needs_completes_as_before_with_none() {
		Household household = assessing();
		UUID episode = household.team().episode();
		var done = complete(signedInAs(household.team().user("lead")), episode, null);
		done.path("completeAssessment.errors").entityList(Object.class).hasSize(0);
		done.path("completeAssessment.episode.assessment.needAreas").entityList(Object.class).hasSize(0);
		assertThat(stored(episode)).isEmpty();
	}

	@Test
	void the_team_and_a_parent_read_the_needs_and_another_adult_or_a_young_person_does_not() {
		Household household = assessing();
		UUID episode = household.team().episode();
		complete(signedInAs(household.team().user("lead")), episode, List.of("HEALTH", "HOUSING", "EDUCATION"))
			.path("completeAssessment.errors")
			.entityList(Object.class)
			.hasSize(0);
		for (String reader : List.of(household.team().user("lead"), household.team().user("member"),
				household.team().user("parent"))) {
			assertThat(needsAs(reader, episode)).as(reader).containsExactly("EDUCATION", "HEALTH", "HOUSING");
		}
		for (String reader : List.of(household.otherAdult(), household.youngPerson())) {
			assertThat(needsAs(reader, episode)).as(reader).isEmpty();
		}
	}

}
