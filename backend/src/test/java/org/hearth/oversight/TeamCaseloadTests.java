package org.hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager's team caseload through {@code /connect/OversightEndpoint/teamCaseload} with real sign-in: each worker
 * they manage with the open families they lead and what is overdue; nobody else's; and only managers may ask.
 */
class TeamCaseloadTests extends HearthIntegrationTests {

	private static final String TEAM_CASELOAD = "OversightEndpoint/teamCaseload";

	@Autowired
	private Fixtures fixtures;

	@Test
	void a_manager_sees_each_worker_they_manage_with_the_open_families_they_lead_and_what_is_overdue() {
		String prefix = "ovs-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID manager = this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		UUID ada = this.fixtures.practitioner(prefix + "-ada", agency, manager);
		UUID bo = this.fixtures.practitioner(prefix + "-bo", agency, manager);
		UUID stranger = this.fixtures.practitioner(prefix + "-stranger", agency, null);
		UUID adaFirst = episodeLedBy(prefix + "-A1", ada);
		episodeLedBy(prefix + "-A2", ada);
		UUID adaClosed = episodeLedBy(prefix + "-A3", ada);
		this.fixtures.close(adaClosed, ada, "Family hub");
		episodeLedBy(prefix + "-B1", bo);
		episodeLedBy(prefix + "-S1", stranger);
		UUID outcome = this.fixtures.outcome(adaFirst, null, "EDUCATION");
		this.fixtures.action(outcome, this.fixtures.leadMemberOf(adaFirst));
		// The action was due in a week; ten days on, it is overdue.
		this.clock.advance(Duration.ofDays(10));

		callEndpoint(signIn(prefix + "-manager", DEMO_PASSWORD), TEAM_CASELOAD, Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.workers[*].name").isEqualTo(List.of("Test " + prefix + "-ada", "Test " + prefix + "-bo"))
			.jsonPath("$.workers[0].openFamilies").isEqualTo(2)
			.jsonPath("$.workers[0].overdueActions").isEqualTo(1)
			// Most urgent first: the family with the overdue action.
			.jsonPath("$.workers[0].families[0].episodeReference").isEqualTo("E-" + prefix + "-A1")
			.jsonPath("$.workers[0].families[0].overdue").value(List.class, overdue -> assertThat(overdue).contains("1 action"))
			.jsonPath("$.workers[0].families[1].episodeReference").isEqualTo("E-" + prefix + "-A2")
			.jsonPath("$.workers[1].openFamilies").isEqualTo(1)
			.jsonPath("$.workers[1].overdueActions").isEqualTo(0)
			.jsonPath("$.workers[1].families[0].episodeReference").isEqualTo("E-" + prefix + "-B1");
	}

	@Test
	void only_managers_have_a_team_caseload() {
		String prefix = "ovr-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID worker = this.fixtures.practitioner(prefix + "-worker", agency, null);
		episodeLedBy(prefix + "-W1", worker);

		// A practitioner who manages nobody: the role check answers before the service is reached.
		callEndpoint(signIn(prefix + "-worker", DEMO_PASSWORD), TEAM_CASELOAD, Map.of()).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.workers").doesNotExist();
		callEndpoint(signIn("dana", DEMO_PASSWORD), TEAM_CASELOAD, Map.of()).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.workers").doesNotExist();
		// A manager of another team sees nothing of this worker's families.
		this.fixtures.practitioner(prefix + "-other-manager", agency, null, "PRACTITIONER", "MANAGER");
		callEndpoint(signIn(prefix + "-other-manager", DEMO_PASSWORD), TEAM_CASELOAD, Map.of()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.workers").isEmpty();
	}

	private UUID episodeLedBy(String reference, UUID lead) {
		UUID family = this.fixtures.family("F-" + reference);
		this.fixtures.person(family, "Child", "CHILD", false);
		return this.fixtures.episode("E-" + reference, family, lead, List.of());
	}

}
