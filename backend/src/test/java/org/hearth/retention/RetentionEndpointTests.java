package org.hearth.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.FAMILY;

import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's "Records and retention" screen and the family page's legal hold through {@code RetentionEndpoint} with
 * real sign-in: the Early Help team reads the policy, the runs and the holds, and sets and releases a hold under the
 * same rules as GraphQL; a lead and a manager are refused.
 */
class RetentionEndpointTests extends HearthIntegrationTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private RetentionService retention;

	private UUID family() {
		String name = "RE-" + UUID.randomUUID().toString().substring(0, 8);
		UUID lead = this.fixtures.practitioner("rte-" + name, this.fixtures.newAgency("Agency " + name), null);
		UUID family = this.fixtures.family(name);
		this.fixtures.episode("EP" + name, family, lead, java.util.List.of());
		return family;
	}

	private UUID held(UUID family) {
		return this.dsl.select(FAMILY.LEGAL_HOLD_SET_BY).from(FAMILY).where(FAMILY.ID.eq(family)).fetchSingle().value1();
	}

	@Test
	void the_early_help_team_sees_the_policy_and_runs_and_sets_and_releases_a_hold_with_a_reason() {
		this.retention.run();
		UUID family = family();
		Session hub = signIn("hub", DEMO_PASSWORD);

		callEndpoint(hub, "RetentionEndpoint/setLegalHold",
				Map.of("input", Map.of("familyId", family.toString(), "reason", " ")))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("REQUIRED")
			.jsonPath("$.hold").doesNotExist();
		callEndpoint(hub, "RetentionEndpoint/setLegalHold", Map.of("input", Map.of("familyId", family.toString(),
				"reason", "An inquiry by the ombudsman", "requestId", UUID.randomUUID().toString())))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.errors.length()").isEqualTo(0)
			.jsonPath("$.hold.reason").isEqualTo("An inquiry by the ombudsman")
			.jsonPath("$.hold.setByName").isEqualTo("Priya Shah")
			.jsonPath("$.hold.latestEpisodeId").isNotEmpty();
		assertThat(held(family)).isNotNull();

		callEndpoint(hub, "RetentionEndpoint/overview", Map.of())
			.expectStatus().isOk().expectBody()
			.jsonPath("$.policy.yearsAfterClosure").isEqualTo(6)
			.jsonPath("$.latestRuns.length()").value(length -> assertThat((Integer) length).isPositive())
			.jsonPath("$.held[?(@.familyId == '%s')].reason".formatted(family)).isEqualTo("An inquiry by the ombudsman");
		callEndpoint(hub, "RetentionEndpoint/familyHold", Map.of("familyId", family.toString()))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.reason").isEqualTo("An inquiry by the ombudsman");

		callEndpoint(hub, "RetentionEndpoint/releaseLegalHold",
				Map.of("input", Map.of("familyId", family.toString(), "reason", "The inquiry closed")))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.errors.length()").isEqualTo(0);
		assertThat(held(family)).isNull();
		callEndpoint(hub, "RetentionEndpoint/releaseLegalHold",
				Map.of("input", Map.of("familyId", family.toString(), "reason", "Again")))
			.expectStatus().isOk().expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("NOT_HELD");
	}

	@Test
	void a_lead_or_a_manager_is_refused_and_holds_nothing() {
		UUID family = family();
		for (String who : new String[] { "sam", "morgan" }) {
			Session session = signIn(who, DEMO_PASSWORD);
			callEndpoint(session, "RetentionEndpoint/overview", Map.of()).expectStatus().isForbidden();
			callEndpoint(session, "RetentionEndpoint/familyHold", Map.of("familyId", family.toString()))
				.expectStatus().isForbidden();
			callEndpoint(session, "RetentionEndpoint/setLegalHold",
					Map.of("input", Map.of("familyId", family.toString(), "reason", "Mine")))
				.expectStatus().isForbidden();
		}
		assertThat(held(family)).isNull();
	}

}
