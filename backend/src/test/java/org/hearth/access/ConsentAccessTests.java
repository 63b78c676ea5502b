package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * What the family's consent does to who sees an episode: without an agreement to share (or once consent is
 * withdrawn) only the lead and the lead's manager do; an agency the family excluded does not. And a practitioner who
 * has left the team sees it no more, nor does their manager through them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentAccessTests extends HearthIntegrationTests {

	private static final String SHARED = "CONSENT-SHARED", UNSHARED = "CONSENT-UNSHARED",
			WITHDRAWN = "CONSENT-WITHDRAWN", EXCLUDED = "CONSENT-EXCLUDED", LEFT = "CONSENT-LEFT";

	private static final String QUERY = "{ episodes(first: 100) { edges { node { reference } } } }";

	@Autowired
	private Fixtures fixtures;

	@BeforeAll
	void episodesWithDifferentConsent() {
		UUID earlyHelp = this.fixtures.agency("Northgate Early Help Service");
		UUID school = this.fixtures.agency("Riverside Primary School");
		UUID manager = this.fixtures.practitioner("consent-manager", earlyHelp, null, "PRACTITIONER", "MANAGER");
		UUID lead = this.fixtures.practitioner("consent-lead", earlyHelp, manager);
		UUID teacher = this.fixtures.practitioner("consent-teacher", school, null);
		this.fixtures.practitioner("consent-outsider", school, null);

		UUID shared = episode(SHARED, lead, teacher);
		this.fixtures.fullConsent(shared, parentOf(shared), lead);

		UUID unshared = episode(UNSHARED, lead, teacher);
		this.fixtures.consent(unshared, "START", "GIVEN", parentOf(unshared), lead);
		this.fixtures.consent(unshared, "SHARE", "REFUSED", parentOf(unshared), lead);

		UUID withdrawn = episode(WITHDRAWN, lead, teacher);
		this.fixtures.fullConsent(withdrawn, parentOf(withdrawn), lead);
		this.fixtures.consent(withdrawn, "SHARE", "WITHDRAWN", parentOf(withdrawn), lead);

		UUID excluded = episode(EXCLUDED, lead, teacher);
		this.fixtures.fullConsent(excluded, parentOf(excluded), lead, school);

		// A school worker, managed by the school's manager, who was on this team and has left it.
		UUID schoolManager = this.fixtures.practitioner("consent-school-manager", school, null, "PRACTITIONER",
				"MANAGER");
		UUID leaver = this.fixtures.practitioner("consent-leaver", school, schoolManager);
		UUID left = episode(LEFT, lead, leaver);
		this.fixtures.fullConsent(left, parentOf(left), lead);
		this.fixtures.leaveTeam(left, leaver, 3);
	}

	@Test
	void the_lead_and_the_leads_manager_see_every_episode_whatever_the_consent() {
		assertThat(references("consent-lead")).containsExactlyInAnyOrder(SHARED, UNSHARED, WITHDRAWN, EXCLUDED, LEFT);
		assertThat(references("consent-manager")).containsExactlyInAnyOrder(SHARED, UNSHARED, WITHDRAWN, EXCLUDED,
				LEFT);
	}

	@Test
	void a_practitioner_who_left_the_team_no_longer_sees_the_episode_nor_does_their_manager_through_them() {
		assertThat(references("consent-leaver")).isEmpty();
		assertThat(references("consent-school-manager")).isEmpty();
	}

	@Test
	void a_team_member_sees_an_episode_only_while_the_family_agrees_to_share_with_their_agency() {
		assertThat(references("consent-teacher")).containsExactly(SHARED);
	}

	@Test
	void a_practitioner_on_no_team_sees_none_and_the_early_help_team_sees_all() {
		assertThat(references("consent-outsider")).isEmpty();
		// By id: the hub's list holds every episode of every test, more than one page.
		HttpGraphQlTester hub = signedInAs("hub");
		this.ids.forEach((reference, id) -> hub.document("query($id: ID!) { episode(id: $id) { reference } }")
			.variable("id", id.toString())
			.execute()
			.path("episode.reference")
			.entity(String.class)
			.isEqualTo(reference));
		assertThat(this.ids).hasSize(5);
	}

	private final java.util.Map<UUID, UUID> parents = new java.util.HashMap<>();

	private final java.util.Map<String, UUID> ids = new java.util.HashMap<>();

	private UUID episode(String reference, UUID lead, UUID member) {
		UUID family = this.fixtures.family("F-" + reference);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode(reference, family, lead, List.of(member));
		this.parents.put(episode, parent);
		this.ids.put(reference, episode);
		return episode;
	}

	private UUID parentOf(UUID episode) {
		return this.parents.get(episode);
	}

	private List<String> references(String username) {
		return signedInAs(username).document(QUERY)
			.execute()
			.path("episodes.edges[*].node.reference")
			.entityList(String.class)
			.get()
			.stream()
			.filter(reference -> reference.startsWith("CONSENT-"))
			.toList();
	}

}
