package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;

import java.util.List;
import java.util.Map;

import org.hearth.support.Demo;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

/** Every read of a family's data is audited, whatever the channel, and managers can read the trail. */
class AuditTrailTests extends HearthIntegrationTests {

	@Autowired
	private DSLContext dsl;

	private static final String TRAIL = """
			query($familyId: ID!, $first: Int, $after: String) {
			  auditTrail(familyId: $familyId, first: $first, after: $after) {
			    totalCount
			    edges { cursor node { id occurredAt actorKind actorName channel operation episodeReference } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@Test
	void a_graphql_read_of_an_episode_is_audited_with_who_what_and_the_channel() {
		HttpGraphQlTester sam = signedInAs("sam");
		String episodeId = episodeId(Demo.ACTIVE);
		sam.document("query($id: ID!) { episode(id: $id) { reference } }").variable("id", episodeId).execute();

		List<Map<String, Object>> events = trail("hub", Demo.ACTIVE);
		assertThat(events).anySatisfy(event -> {
			assertThat(event).containsEntry("actorName", "Sam Okafor")
				.containsEntry("actorKind", "PRACTITIONER")
				.containsEntry("channel", "GRAPHQL_SESSION")
				.containsEntry("operation", "read episode")
				.containsEntry("episodeReference", Demo.episode(Demo.ACTIVE));
		});
	}

	@Test
	void a_read_through_the_app_is_audited_as_the_spa_channel() {
		Session session = signIn("alex", DEMO_PASSWORD);
		web().post()
			.uri("/connect/CaseloadEndpoint/myCaseload")
			.cookie("JSESSIONID", session.id())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.header("X-XSRF-TOKEN", session.csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(trail("hub", Demo.ACTIVE)).anySatisfy(event -> assertThat(event)
			.containsEntry("actorName", "Alex Reid")
			.containsEntry("channel", "SPA")
			.containsEntry("operation", "list episodes"));
	}

	@Test
	void a_partner_systems_read_is_audited_as_the_partner_api_channel() {
		asPartner(partnerToken("school-mis", "school-mis-secret")).document("{ episodes(first: 10) { totalCount } }")
			.execute();
		assertThat(trail("hub", Demo.ACTIVE)).anySatisfy(event -> assertThat(event)
			.containsEntry("actorName", "school-mis")
			.containsEntry("actorKind", "PARTNER")
			.containsEntry("channel", "PARTNER_API")
			.containsEntry("operation", "list episodes"));
	}

	@Test
	void a_family_members_own_read_is_audited() {
		signedInAs("dana").document("{ viewer { ... on FamilyViewer { family { reference } } } }").execute();
		assertThat(trail("morgan", Demo.ACTIVE)).anySatisfy(event -> assertThat(event)
			.containsEntry("actorName", "Dana Carter")
			.containsEntry("actorKind", "FAMILY_MEMBER"));
	}

	@Test
	void the_trail_pages_newest_first() {
		HttpGraphQlTester hub = signedInAs("hub");
		String familyId = familyId(Demo.OVERDUE);
		for (int i = 0; i < 3; i++) {
			signedInAs("sam").document("query($id: ID!) { family(id: $id) { reference } }")
				.variable("id", familyId)
				.execute();
		}
		var first = hub.document(TRAIL).variable("familyId", familyId).variable("first", 2).execute();
		first.path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("auditTrail.pageInfo.endCursor").entity(String.class).get();
		List<String> firstTimes = first.path("auditTrail.edges[*].node.occurredAt").entityList(String.class).get();
		List<String> nextTimes = hub.document(TRAIL)
			.variable("familyId", familyId)
			.variable("first", 2)
			.variable("after", after)
			.execute()
			.path("auditTrail.edges[*].node.occurredAt")
			.entityList(String.class)
			.get();
		assertThat(firstTimes.get(0)).isGreaterThanOrEqualTo(firstTimes.get(1));
		assertThat(firstTimes.get(1)).isGreaterThanOrEqualTo(nextTimes.get(0));
	}

	@Test
	void only_managers_and_the_early_help_team_may_read_the_trail() {
		String familyId = familyId(Demo.ACTIVE);
		for (String refused : List.of("sam", "alex", "casey", "dana")) {
			signedInAs(refused).document(TRAIL)
				.variable("familyId", familyId)
				.variable("first", 5)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).as(refused).isEqualTo(ErrorType.FORBIDDEN)));
		}
	}

	@Test
	void the_database_refuses_to_change_or_delete_an_audit_event() {
		assertThatThrownBy(() -> this.dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.OPERATION, "tampered").execute())
			.hasMessageContaining("Audit events are never changed");
		assertThatThrownBy(() -> this.dsl.deleteFrom(AUDIT_EVENT).execute())
			.hasMessageContaining("Audit events are never deleted");
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OPERATION.eq("tampered"))).isZero();
	}

	private List<Map<String, Object>> trail(String reader, int demoFamily) {
		return signedInAs(reader).document(TRAIL)
			.variable("familyId", familyId(demoFamily))
			.variable("first", 100)
			.execute()
			.path("auditTrail.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private String episodeId(int demo) {
		return signedInAs("hub").document("{ episodes(first: 100) { edges { node { id reference } } } }")
			.execute()
			.path("episodes.edges[?(@.node.reference == '%s')].node.id".formatted(Demo.episode(demo)))
			.entityList(String.class)
			.get()
			.getFirst();
	}

	private String familyId(int demo) {
		return signedInAs("hub").document("{ episodes(first: 100) { edges { node { reference family { id } } } } }")
			.execute()
			.path("episodes.edges[?(@.node.reference == '%s')].node.family.id".formatted(Demo.episode(demo)))
			.entityList(String.class)
			.get()
			.getFirst();
	}

}
