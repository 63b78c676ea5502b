package org.hearth.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.PERSON;

import java.util.HashMap;
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
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code addFamilyMember} through /graphql with real sign-in: who may add someone, what is checked, a replay. */
class AddFamilyMemberTests extends HearthIntegrationTests {

	private static final String ADD = """
			mutation($input: AddFamilyMemberInput!) {
			  addFamilyMember(input: $input) {
			    person { id givenName role expectedDateOfBirth }
			    errors { field code }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private record Household(String prefix, UUID family, UUID episode, UUID leadId, String lead, String parent) {
	}

	private Household household() {
		String prefix = "afm-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of());
		this.fixtures.fullConsent(episode, parent, lead);
		this.fixtures.familyMemberAccount(prefix + "-parent", family);
		return new Household(prefix, family, episode, lead, prefix + "-lead", prefix + "-parent");
	}

	private GraphQlTester.Response add(HttpGraphQlTester caller, UUID family, @Nullable UUID id,
			Map<String, Object> person) {
		Map<String, Object> fields = new HashMap<>(person);
		if (id != null) {
			fields.put("id", id.toString());
		}
		return caller.document(ADD)
			.variable("input", Map.of("familyId", family.toString(), "person", fields))
			.execute();
	}

	private Map<String, Object> baby() {
		return Map.of("givenName", "Baby", "familyName", "Fixture", "expectedDateOfBirth",
				today().plusMonths(2).toString(), "role", "CHILD", "livesInHousehold", true,
				"hasParentalResponsibility", false);
	}

	private int peopleIn(UUID family) {
		return this.dsl.fetchCount(PERSON, PERSON.FAMILY_ID.eq(family));
	}

	@Test
	void the_lead_adds_an_unborn_baby_once_however_often_it_is_sent() {
		Household household = household();
		int before = peopleIn(household.family());
		UUID id = UUID.randomUUID();
		HttpGraphQlTester lead = signedInAs(household.lead());
		var added = add(lead, household.family(), id, baby());
		added.path("addFamilyMember.errors").entityList(Object.class).hasSize(0);
		added.path("addFamilyMember.person.expectedDateOfBirth")
			.entity(String.class)
			.isEqualTo(today().plusMonths(2).toString());
		add(lead, household.family(), id, baby()).path("addFamilyMember.person.id").entity(String.class).isEqualTo(id.toString());
		assertThat(peopleIn(household.family())).isEqualTo(before + 1);

		Map<String, Object> other = new HashMap<>(baby());
		other.put("givenName", "Someone else");
		add(lead, household.family(), id, other).path("addFamilyMember.errors[0].code")
			.entity(String.class)
			.isEqualTo("ID_REUSED");
		assertThat(peopleIn(household.family())).isEqualTo(before + 1);
	}

	@Test
	void a_date_of_birth_cannot_be_in_the_future() {
		Household household = household();
		Map<String, Object> person = new HashMap<>(baby());
		person.remove("expectedDateOfBirth");
		person.put("dateOfBirth", today().plusDays(1).toString());
		var refused = add(signedInAs(household.lead()), household.family(), null, person);
		refused.path("addFamilyMember.errors[0].code").entity(String.class).isEqualTo("IN_THE_FUTURE");
		refused.path("addFamilyMember.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "person", "dateOfBirth");
	}

	@Test
	void the_family_itself_a_stranger_and_anyone_once_the_episode_is_closed_may_not() {
		Household household = household();
		int before = peopleIn(household.family());
		for (HttpGraphQlTester refused : List.of(signedInAs(household.parent()), signedInAs("casey"))) {
			forbidden(add(refused, household.family(), null, baby()));
		}
		this.fixtures.close(household.episode(), household.leadId());
		forbidden(add(signedInAs(household.lead()), household.family(), null, baby()));
		assertThat(peopleIn(household.family())).isEqualTo(before);
	}

	@Test
	void the_apps_endpoint_adds_through_the_same_service_and_is_closed_to_families() {
		Household household = household();
		String body = """
				{"input":{"familyId":"%s","person":{"givenName":"Ola","familyName":"Fixture","role":"OTHER_ADULT",
				"livesInHousehold":true,"hasParentalResponsibility":false}}}""".formatted(household.family());
		int before = peopleIn(household.family());
		post(household.lead(), body).expectStatus().isOk().expectBody().jsonPath("$.person.givenName").isEqualTo("Ola");
		post(household.parent(), body).expectStatus().is4xxClientError();
		assertThat(peopleIn(household.family())).isEqualTo(before + 1);
	}

	private WebTestClient.ResponseSpec post(String username, String body) {
		return callEndpoint(signIn(username, DEMO_PASSWORD), "FamilyEndpoint/addFamilyMember", body);
	}

	private static void forbidden(GraphQlTester.Response response) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		response.path("addFamilyMember").pathDoesNotExist();
	}

}
