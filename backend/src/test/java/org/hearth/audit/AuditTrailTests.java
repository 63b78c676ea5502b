package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.PRACTITIONER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every read of a family's data is audited, whatever the channel, and managers can read the trail. Each test makes
 * its own family, people and reads, so its trail holds exactly the events it caused, whatever ran before.
 */
class AuditTrailTests extends HearthIntegrationTests {

	private static final String TRAIL = """
			query($familyId: ID!, $first: Int, $after: String) {
			  auditTrail(familyId: $familyId, first: $first, after: $after) {
			    totalCount
			    edges { cursor node { id occurredAt actorKind actorName channel operation episodeReference } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	/** A family of its own for one test: a parent, an episode led by a new practitioner, the family's consent. */
	private record Household(String prefix, UUID agency, UUID familyId, UUID parent, UUID episodeId,
			String episodeReference, String lead, String leadName) {
	}

	private Household household() {
		String prefix = "audit-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		String reference = "E-" + prefix;
		UUID episode = this.fixtures.episode(reference, family, lead, List.of());
		this.fixtures.fullConsent(episode, parent, lead);
		return new Household(prefix, agency, family, parent, episode, reference, prefix + "-lead",
				"Test " + prefix + "-lead");
	}

	@Test
	void a_graphql_read_of_an_episode_is_audited_with_who_what_and_the_channel() {
		Household household = household();
		signedInAs(household.lead()).document("query($id: ID!) { episode(id: $id) { reference } }")
			.variable("id", household.episodeId().toString())
			.execute()
			.path("episode.reference")
			.entity(String.class)
			.isEqualTo(household.episodeReference());

		assertThat(trail(household)).extracting("actorName", "actorKind", "channel", "operation", "episodeReference")
			.containsExactly(tuple(household.leadName(), "PRACTITIONER", "GRAPHQL_SESSION", "read episode",
					household.episodeReference()));
	}

	@Test
	void a_read_through_the_app_is_audited_as_the_spa_channel() {
		Household household = household();
		Session session = signIn(household.lead(), DEMO_PASSWORD);
		callEndpoint(session, "CaseloadEndpoint/myCaseload", "{}").expectStatus()
			.isOk();

		assertThat(trail(household)).extracting("actorName", "actorKind", "channel", "operation", "episodeReference")
			.containsExactly(tuple(household.leadName(), "PRACTITIONER", "SPA", "list episodes",
					household.episodeReference()));
	}

	@Test
	void a_partner_systems_read_is_audited_as_the_partner_api_channel() {
		Household household = household();
		// The partner's agency is the lead's own: a new agency on this family's team only.
		String client = household.prefix() + "-client";
		this.fixtures.partnerClient(client, "audit-secret", household.agency(), "plans:read");
		asPartner(partnerToken(client, "audit-secret")).document("{ episodes(first: 10) { edges { node { id } } } }")
			.execute()
			.path("episodes.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(household.episodeId().toString());

		assertThat(trail(household)).extracting("actorName", "actorKind", "channel", "operation", "episodeReference")
			.containsExactly(tuple(client, "PARTNER", "PARTNER_API", "list episodes", household.episodeReference()));
	}

	@Test
	void a_family_members_own_read_is_audited() {
		Household household = household();
		String username = household.prefix() + "-parent";
		this.fixtures.familyMemberAccount(username, household.familyId());
		signedInAs(username).document("{ viewer { ... on FamilyViewer { family { id } } } }")
			.execute()
			.path("viewer.family.id")
			.entity(String.class)
			.isEqualTo(household.familyId().toString());

		assertThat(trail(household)).extracting("actorName", "actorKind", "channel", "operation", "episodeReference")
			.containsExactly(tuple("Parent Fixture", "FAMILY_MEMBER", "GRAPHQL_SESSION", "read own family (viewer)",
					null));
	}

	@Test
	void the_trail_pages_newest_first_and_its_pages_share_no_event_and_miss_none() {
		Household household = household();
		HttpGraphQlTester lead = signedInAs(household.lead());
		for (int i = 0; i < 5; i++) {
			lead.document("query($id: ID!) { family(id: $id) { id } }")
				.variable("id", household.familyId().toString())
				.execute()
				.path("family.id")
				.hasValue();
		}

		HttpGraphQlTester hub = signedInAs("hub");
		List<Map<String, Object>> paged = new ArrayList<>();
		String after = null;
		List<Integer> pageSizes = new ArrayList<>();
		boolean more;
		do {
			GraphQlTester.Response page = hub.document(TRAIL)
				.variable("familyId", household.familyId().toString())
				.variable("first", 2)
				.variable("after", after)
				.execute();
			List<Map<String, Object>> events = events(page, "auditTrail.edges[*].node");
			pageSizes.add(events.size());
			paged.addAll(events);
			more = page.path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("auditTrail.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (more);

		// Reading the trail is audited too, but as newer events than the first page: later pages never show them.
		assertThat(pageSizes).containsExactly(2, 2, 1);
		assertThat(paged).extracting("operation").containsOnly("read family");
		assertThat(paged).extracting("id").doesNotHaveDuplicates();
		assertThat(paged).extracting(event -> Instant.parse((String) event.get("occurredAt")))
			.isSortedAccordingTo(Comparator.reverseOrder());
		List<Object> everyRead = trail(household).stream()
			.filter(event -> "read family".equals(event.get("operation")))
			.map(event -> event.get("id"))
			.toList();
		assertThat(paged).extracting("id").containsExactlyElementsOf(everyRead);
	}

	@Test
	void only_managers_and_the_early_help_team_may_read_the_trail() {
		Household household = household();
		String manager = household.prefix() + "-manager";
		this.fixtures.practitioner(manager, household.agency(), null, "PRACTITIONER", "MANAGER");
		String managerOfTheLead = household.prefix() + "-leads-manager";
		UUID managerId = this.fixtures.practitioner(managerOfTheLead, household.agency(), null, "PRACTITIONER",
				"MANAGER");
		this.dsl.update(PRACTITIONER)
			.set(PRACTITIONER.MANAGER_ID, managerId)
			.where(PRACTITIONER.NAME.eq(household.leadName()))
			.execute();
		String parent = household.prefix() + "-parent";
		this.fixtures.familyMemberAccount(parent, household.familyId());
		signedInAs(household.lead()).document("query($id: ID!) { episode(id: $id) { id } }")
			.variable("id", household.episodeId().toString())
			.execute();

		// The lead, a family member, and a manager who manages no one on the team may not; the lead's manager may.
		for (String refused : List.of(household.lead(), parent, manager)) {
			trailAs(refused, household).errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).as(refused).isEqualTo(ErrorType.FORBIDDEN)));
		}
		// Refused readers leave no event: the trail holds the lead's one read.
		trailAs(managerOfTheLead, household).path("auditTrail.edges[*].node.operation")
			.entityList(String.class)
			.containsExactly("read episode");
	}

	@Test
	void the_database_refuses_to_change_or_delete_an_audit_event() {
		Household household = household();
		signedInAs(household.lead()).document("query($id: ID!) { episode(id: $id) { id } }")
			.variable("id", household.episodeId().toString())
			.execute();
		var mine = AUDIT_EVENT.FAMILY_ID.eq(household.familyId());
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, mine)).as("the read's own event").isEqualTo(1);

		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.OPERATION, "tampered").where(mine).execute())
			.hasMessageContaining("Audit events are never changed");
		assertThatThrownBy(() -> this.dsl.deleteFrom(AUDIT_EVENT).where(mine).execute())
			.hasMessageContaining("Audit events are never deleted");
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, mine.and(AUDIT_EVENT.OPERATION.eq("read episode")))).isEqualTo(1);
	}

	/** The family's whole trail as the Early Help team reads it (the reading itself is audited after the page). */
	private List<Map<String, Object>> trail(Household household) {
		return events(trailAs("hub", household), "auditTrail.edges[*].node");
	}

	private GraphQlTester.Response trailAs(String reader, Household household) {
		return signedInAs(reader).document(TRAIL)
			.variable("familyId", household.familyId().toString())
			.variable("first", 100)
			.execute();
	}

	private static List<Map<String, Object>> events(GraphQlTester.Response response, String path) {
		return response.path(path).entityList(new ParameterizedTypeReference<Map<String, Object>>() {
		}).get();
	}

}
