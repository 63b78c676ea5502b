package org.hearth.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's practitioner directory for adding to a team, {@code /connect/TeamEndpoint/findPractitioners} with real
 * sign-in: practitioners only (not a manager or the hub on their own), by name or agency, at most twenty, each with
 * their agency; a family member is refused.
 */
class FindPractitionersTests extends HearthIntegrationTests {

	private static final String FIND = "TeamEndpoint/findPractitioners";

	@Autowired
	private Fixtures fixtures;

	@Test
	void a_practitioner_finds_practitioners_by_name_or_agency_at_most_twenty_with_their_agency() {
		String prefix = "fp-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		IntStream.range(0, 22).forEach(n -> this.fixtures.practitioner("%s-n%02d".formatted(prefix, n), agency, null));
		this.fixtures.practitioner(prefix + "-boss", agency, null, "MANAGER");
		this.fixtures.practitioner(prefix + "-solo", this.fixtures.newAgency("Elsewhere " + prefix), null);
		Session asker = signIn(prefix + "-n00", DEMO_PASSWORD);

		callEndpoint(asker, FIND, Map.of("text", "agency " + prefix.toUpperCase()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(20)
			.jsonPath("$[0].name").isEqualTo("Test " + prefix + "-n00")
			.jsonPath("$[*].agency").value(List.class, agencies -> assertThat(agencies).containsOnly("Agency " + prefix))
			.jsonPath("$[*].name").value(List.class, names -> assertThat(names).doesNotContain("Test " + prefix + "-boss"));
		callEndpoint(asker, FIND, Map.of("text", " " + prefix + "-solo "))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(1)
			.jsonPath("$[0].name").isEqualTo("Test " + prefix + "-solo")
			.jsonPath("$[0].agency").isEqualTo("Elsewhere " + prefix)
			.jsonPath("$[0].practitionerId").isNotEmpty();
		// A manager without the practitioner role is not offered; wildcards are plain characters; one letter finds nothing.
		callEndpoint(asker, FIND, Map.of("text", prefix + "-boss")).expectStatus().isOk().expectBody().json("[]");
		callEndpoint(asker, FIND, Map.of("text", prefix + "%")).expectStatus().isOk().expectBody().json("[]");
		callEndpoint(asker, FIND, Map.of("text", "T")).expectStatus().isOk().expectBody().json("[]");
	}

	@Test
	void a_family_member_may_not_search_the_practitioners() {
		callEndpoint(signIn("dana", DEMO_PASSWORD), FIND, Map.of("text", "Sam"))
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$[0]").doesNotExist();
	}

}
