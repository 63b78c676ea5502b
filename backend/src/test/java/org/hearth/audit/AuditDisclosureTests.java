package org.hearth.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hearth.access.Caller;
import org.hearth.access.Channel;
import org.hearth.access.PractitionerRole;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The disclosure view: a family's trail narrowed by channel, kind of caller, reads or writes and dates (GraphQL's
 * {@code auditTrail(filter:)} and the app's AuditEndpoint), and exported as CSV. Each test makes its own family, so
 * its trail holds exactly the events it caused: a read through GraphQL, one through the app, one by a partner system
 * and one write.
 */
class AuditDisclosureTests extends HearthIntegrationTests {

	private static final String TRAIL = """
			query($familyId: ID!, $filter: AuditTrailFilter) {
			  auditTrail(familyId: $familyId, first: 100, filter: $filter) {
			    totalCount
			    edges { node { channel actorKind operation } }
			  }
			}""";

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private AuditService audit;

	private record Household(String prefix, UUID family, UUID episode, UUID lead) {

		String user(String who) {
			return this.prefix + "-" + who;
		}

	}

	/** A family led by a practitioner whose manager reads the trail, with four events of four kinds. */
	private Household household() {
		String prefix = "disc-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID manager = this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, manager);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of());
		this.fixtures.fullConsent(episode, parent, lead);
		Household household = new Household(prefix, family, episode, lead);

		signedInAs(household.user("lead")).document("query($id: ID!) { episode(id: $id) { id } }")
			.variable("id", episode.toString())
			.execute()
			.path("episode.id")
			.hasValue();
		callEndpoint(signIn(household.user("lead"), DEMO_PASSWORD), "CaseloadEndpoint/myCaseload", "{}").expectStatus()
			.isOk();
		this.fixtures.partnerClient(prefix + "-client", "disc-secret", agency, "plans:read");
		asPartner(partnerToken(prefix + "-client", "disc-secret")).document("{ episodes(first: 10) { edges { node { id } } } }")
			.execute()
			.path("episodes.edges[*].node.id")
			.entityList(String.class)
			.hasSize(1);
		this.audit.recordWrite(
				new Caller.PractitionerCaller(lead, "Test " + prefix + "-lead", Set.of(PractitionerRole.PRACTITIONER),
						Channel.GRAPHQL_SESSION),
				"changed a note", family, episode,
				new AuditService.Written("Episode", episode, 1, List.of(new AuditEvent.FieldChange("notes", null,
						"=1+1, \"quoted\""))));
		return household;
	}

	private int count(HttpGraphQlTester reader, Household household, Map<String, Object> filter) {
		return reader.document(TRAIL)
			.variable("familyId", household.family().toString())
			.variable("filter", filter)
			.execute()
			.path("auditTrail.totalCount")
			.entity(Integer.class)
			.get();
	}

	@Test
	void each_filter_narrows_the_trail_in_graphql() {
		Household household = household();
		HttpGraphQlTester manager = signedInAs(household.user("manager"));
		String today = today().toString();

		// Reading the trail is itself a read through a session: counted from the next read on.
		assertThat(count(manager, household, Map.of("channel", "GRAPHQL_SESSION", "access", "READ"))).isEqualTo(1);
		assertThat(count(manager, household, Map.of("channel", "PARTNER_API"))).isEqualTo(1);
		assertThat(count(manager, household, Map.of("channel", "SPA"))).isEqualTo(1);
		assertThat(count(manager, household, Map.of("actorKind", "PARTNER"))).isEqualTo(1);
		assertThat(count(manager, household, Map.of("access", "WRITE"))).isEqualTo(1);
		assertThat(count(manager, household, Map.of("from", today().plusDays(1).toString()))).isZero();
		assertThat(count(manager, household, Map.of("to", today().minusDays(1).toString()))).isZero();
		assertThat(count(manager, household, Map.of("from", today, "to", today, "actorKind", "PRACTITIONER",
				"access", "READ"))).isEqualTo(2 + 7);
		assertThat(count(manager, household, Map.of("from", "2000-01-01"))).as("from long ago").isEqualTo(4 + 8);
		assertThat(count(manager, household, Map.of("to", "2999-12-31"))).as("to far ahead").isEqualTo(4 + 9);
		assertThat(count(manager, household, Map.of("from", "2999-12-31"))).as("from far ahead").isZero();
		// No filter: the whole trail, as before.
		assertThat(manager.document("query($familyId: ID!) { auditTrail(familyId: $familyId, first: 100) { totalCount } }")
			.variable("familyId", household.family().toString())
			.execute()
			.path("auditTrail.totalCount")
			.entity(Integer.class)
			.get()).isEqualTo(4 + 11);
	}

	@Test
	void the_app_pages_the_filtered_trail_and_refuses_a_lead() {
		Household household = household();
		Session manager = signIn(household.user("manager"), DEMO_PASSWORD);
		Map<String, Object> arguments = new HashMap<>();
		arguments.put("familyId", household.family().toString());
		arguments.put("filter", Map.of("channel", "PARTNER_API"));
		arguments.put("first", 10);
		arguments.put("after", null);
		callEndpoint(manager, "AuditEndpoint/trail", arguments).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalCount").isEqualTo(1)
			.jsonPath("$.events.length()").isEqualTo(1)
			.jsonPath("$.events[0].actorName").isEqualTo(household.user("client"))
			.jsonPath("$.after").doesNotExist();

		arguments.put("filter", null);
		arguments.put("first", 2);
		callEndpoint(manager, "AuditEndpoint/trail", arguments).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.events.length()").isEqualTo(2)
			.jsonPath("$.after").isNotEmpty();

		callEndpoint(signIn(household.user("lead"), DEMO_PASSWORD), "AuditEndpoint/trail", arguments).expectStatus()
			.isForbidden();
	}

	@Test
	void the_csv_has_a_header_and_a_row_per_event_is_audited_and_is_refused_to_a_lead() throws IOException {
		Household household = household();
		Session manager = signIn(household.user("manager"), DEMO_PASSWORD);

		List<CSVRecord> all = csv(manager, household, "");
		assertThat(all.getFirst().values()).containsExactly(AuditExportController.HEADER);
		assertThat(all).hasSize(1 + 4);
		assertThat(all.subList(1, all.size())).extracting(row -> row.get(4))
			.containsExactlyInAnyOrder("read", "read", "read", "write");
		// Quotes and commas survive the round trip (the newest event, the write, comes first).
		assertThat(all.get(1).get(7)).isEqualTo("notes: (empty) -> =1+1, \"quoted\"");

		List<CSVRecord> partners = csv(manager, household, "?channel=PARTNER_API&access=READ");
		assertThat(partners).hasSize(1 + 1);
		assertThat(partners.get(1).get(3)).isEqualTo("PARTNER_API");
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.FAMILY_ID.eq(household.family())
			.and(AUDIT_EVENT.OPERATION.eq("exported the audit trail")))).isEqualTo(2);

		Session lead = signIn(household.user("lead"), DEMO_PASSWORD);
		web().get()
			.uri("/exports/audit/" + household.family() + ".csv")
			.cookie("JSESSIONID", lead.id())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value(body -> assertThat(body).doesNotContain("When (UTC)"));
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.FAMILY_ID.eq(household.family())
			.and(AUDIT_EVENT.OPERATION.eq("exported the audit trail")))).isEqualTo(2);
	}

	private List<CSVRecord> csv(Session session, Household household, String query) throws IOException {
		String body = web().get()
			.uri("/exports/audit/" + household.family() + ".csv" + query)
			.cookie("JSESSIONID", session.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/csv")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
	}

}
