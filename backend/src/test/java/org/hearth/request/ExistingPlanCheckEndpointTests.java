package org.hearth.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.PERSON;

import java.time.LocalDate;
import java.util.Map;

import org.hearth.support.Demo;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's existing-plan check through {@code /connect/EarlyHelpRequestEndpoint/existingPlans} with real sign-in:
 * any practitioner learns whom to contact about a child with an open plan; a family member may not ask.
 */
class ExistingPlanCheckEndpointTests extends HearthIntegrationTests {

	private static final String CHECK = "EarlyHelpRequestEndpoint/existingPlans";

	@Autowired
	private DSLContext dsl;

	/** Leo Carter, a child of the demo family whose plan is under way. */
	private LocalDate leosBirthday() {
		return this.dsl.select(PERSON.DATE_OF_BIRTH)
			.from(PERSON)
			.where(PERSON.GIVEN_NAME.eq("Leo"))
			.and(PERSON.FAMILY_NAME.eq("Carter"))
			.fetchSingle()
			.value1();
	}

	@Test
	void a_practitioner_off_the_team_learns_the_plan_and_how_to_reach_its_lead() {
		callEndpoint(signIn("casey", DEMO_PASSWORD), CHECK,
				Map.of("givenName", " leo ", "familyName", "CARTER", "dateOfBirth", leosBirthday().toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].episodeReference").isEqualTo(Demo.episode(Demo.ACTIVE))
			.jsonPath("$[0].status").isEqualTo("ACTIVE")
			.jsonPath("$[0].leadName").isEqualTo("Sam Okafor")
			.jsonPath("$[0].leadContact").isEqualTo("07700 900101");
		callEndpoint(signIn("casey", DEMO_PASSWORD), CHECK,
				Map.of("givenName", "Leo", "familyName", "Carter", "dateOfBirth",
						leosBirthday().plusDays(1).toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			.json("[]");
	}

	@Test
	void a_family_member_may_not_check_for_plans() {
		callEndpoint(signIn("dana", DEMO_PASSWORD), CHECK,
				Map.of("givenName", "Leo", "familyName", "Carter", "dateOfBirth", leosBirthday().toString()))
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$[0].leadName").doesNotExist();
		assertThat(leosBirthday()).isNotNull();
	}

}
