package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Who may see what, cell by cell, through the real /graphql endpoint. One fixture family has an episode with one of
 * everything; its share consent excludes the housing association, whose officer is on the team. The whole table of
 * expectations is {@link #MATRIX}: Y = allowed, . = refused (answered as missing, FORBIDDEN, or 401). Mutations
 * that exist get a row each (so far: inviteFamilyMember).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests extends HearthIntegrationTests {

	private static final String MATRIX = """
			operation        | LEAD | TEAM | NO_TEAM | MANAGER | MANAGER_OF_NONE | EARLY_HELP | FAMILY | OTHER_FAMILY | PARTNER | PARTNER_EXCLUDED | PARTNER_OFF_TEAM | PARTNER_NO_WRITE | PARTNER_NO_READ | ANONYMOUS
			episode          |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			episodes         |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			family           |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			node_episode     |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			node_person      |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			members          |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			consents         |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			assessment       |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			plan             |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			reviews          |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			team             |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			comments         |  Y   |  Y   |    .    |    Y    |        .        |     Y      |   Y    |      .       |    Y    |        .         |        .         |        Y         |        .        |     .
			existing_plans   |  Y   |  Y   |    Y    |    Y    |        Y        |     Y      |   .    |      .       |    .    |        .         |        .         |        .         |        .        |     .
			audit_trail      |  .   |  .   |    .    |    Y    |        .        |     Y      |   .    |      .       |    .    |        .         |        .         |        .         |        .        |     .
			viewer           |  Y   |  Y   |    Y    |    Y    |        Y        |     Y      |   Y    |      Y       |    Y    |        Y         |        Y         |        Y         |        Y        |     .
			invite           |  Y   |  .   |    .    |    .    |        .        |     .      |   .    |      .       |    .    |        .         |        .         |        .         |        .        |     .
			""";

	/** The callers: who they are in the fixture, and how they sign in. */
	enum Who {

		LEAD("mx-lead"), TEAM("mx-teacher"), NO_TEAM("mx-outsider"), MANAGER("mx-manager"),
		MANAGER_OF_NONE("mx-manager-of-none"), EARLY_HELP("hub"), FAMILY("mx-parent"), OTHER_FAMILY("dana"),
		PARTNER("mx-school", true), PARTNER_EXCLUDED("mx-housing", true), PARTNER_OFF_TEAM("mx-charity", true),
		PARTNER_NO_WRITE("mx-school-read", true), PARTNER_NO_READ("mx-school-write", true), ANONYMOUS(null);

		final String name;

		final boolean partner;

		Who(String name) {
			this(name, false);
		}

		Who(String name, boolean partner) {
			this.name = name;
			this.partner = partner;
		}

	}

	/** The operations: a query and the JSON path whose presence means the caller got the data. */
	enum Operation {

		EPISODE("query($e: ID!) { episode(id: $e) { reference } }", "$.data.episode.reference"),
		EPISODES("{ episodes(first: 100) { edges { node { id reference } } } }",
				"$.data.episodes.edges[?(@.node.reference == 'MX-EPISODE')].node.id"),
		FAMILY("query($f: ID!) { family(id: $f) { reference } }", "$.data.family.reference"),
		NODE_EPISODE("query($e: ID!) { node(id: $e) { id } }", "$.data.node.id"),
		NODE_PERSON("query($p: ID!) { node(id: $p) { ... on Person { givenName } } }", "$.data.node.givenName"),
		MEMBERS("query($e: ID!) { episode(id: $e) { family { members { givenName } } } }",
				"$.data.episode.family.members[0].givenName"),
		CONSENTS("query($e: ID!) { episode(id: $e) { consents { givenBy { givenName } } } }",
				"$.data.episode.consents[0].givenBy.givenName"),
		ASSESSMENT("query($e: ID!) { episode(id: $e) { assessment { views { worries } childVoices { worries } } } }",
				"$.data.episode.assessment.childVoices[0].worries"),
		PLAN("query($e: ID!) { episode(id: $e) { outcomes { forPerson { givenName } actions { description } } } }",
				"$.data.episode.outcomes[0].actions[0].description"),
		REVIEWS("query($e: ID!) { episode(id: $e) { reviews { familyViews } meetings { heldOn } } }",
				"$.data.episode.reviews[0].familyViews"),
		TEAM("query($e: ID!) { episode(id: $e) { team { practitioner { name } } lead { id } } }",
				"$.data.episode.lead.id"),
		COMMENTS("query($e: ID!) { episode(id: $e) { familyComments { text author { givenName } } } }",
				"$.data.episode.familyComments[0].text"),
		EXISTING_PLANS("""
				query($given: String!, $dob: Date!) {
				  existingPlans(givenName: $given, familyName: "Fixture", dateOfBirth: $dob) { episodeReference } }""",
				"$.data.existingPlans[0].episodeReference"),
		AUDIT_TRAIL("query($f: ID!) { auditTrail(familyId: $f, first: 5) { totalCount } }",
				"$.data.auditTrail.totalCount"),
		VIEWER("{ viewer { __typename } }", "$.data.viewer.__typename"),
		INVITE("""
				mutation($e: ID!, $invitee: ID!) {
				  inviteFamilyMember(input: { episodeId: $e, personId: $invitee }) { code errors { code } } }""",
				"$.data.inviteFamilyMember.code");

		final String query;

		final String allowedPath;

		Operation(String query, String allowedPath) {
			this.query = query;
			this.allowedPath = allowedPath;
		}

	}

	/** Absent paths read as null: an answer without data for the path means the caller did not get it. */
	private static final Configuration LENIENT = Configuration.defaultConfiguration()
		.addOptions(Option.SUPPRESS_EXCEPTIONS);

	@Autowired
	private Fixtures fixtures;

	private final Map<String, Object> variables = new HashMap<>();

	private final Map<Who, Map<String, String>> credentials = new EnumMap<>(Who.class);

	@BeforeAll
	void oneFamilyWithEverything() {
		UUID earlyHelp = this.fixtures.agency("Northgate Early Help Service");
		UUID school = this.fixtures.agency("Riverside Primary School");
		UUID housing = this.fixtures.agency("Northgate Homes");
		UUID charity = this.fixtures.agency("Harbour Family Centre");
		UUID lead = this.fixtures.practitioner("mx-lead", earlyHelp, null);
		UUID manager = this.fixtures.practitioner("mx-manager", school, null, "PRACTITIONER", "MANAGER");
		UUID teacher = this.fixtures.practitioner("mx-teacher", school, manager);
		UUID housingOfficer = this.fixtures.practitioner("mx-housing-officer", housing, null);
		this.fixtures.practitioner("mx-outsider", charity, null);
		this.fixtures.practitioner("mx-manager-of-none", earlyHelp, null, "PRACTITIONER", "MANAGER");

		UUID family = this.fixtures.family("MX-FAMILY");
		UUID parent = this.fixtures.familyMemberAccount("mx-parent", family);
		UUID child = this.fixtures.person(family, "Matrixchild", "CHILD", false);
		UUID invitee = this.fixtures.person(family, "Secondparent", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("MX-EPISODE", family, lead, List.of(teacher, housingOfficer));
		this.fixtures.fullConsent(episode, parent, lead, housing);
		this.fixtures.planWithEverything(episode, parent, child, lead);

		String secret = "matrix-secret";
		this.fixtures.partnerClient("mx-school", secret, school, "plans:read actions:write");
		this.fixtures.partnerClient("mx-housing", secret, housing, "plans:read actions:write");
		this.fixtures.partnerClient("mx-charity", secret, charity, "plans:read actions:write");
		this.fixtures.partnerClient("mx-school-read", secret, school, "plans:read");
		this.fixtures.partnerClient("mx-school-write", secret, school, "actions:write");

		this.variables.put("e", episode.toString());
		this.variables.put("f", family.toString());
		this.variables.put("p", child.toString());
		this.variables.put("invitee", invitee.toString());
		this.variables.put("given", "Matrixchild");
		this.variables.put("dob", LocalDate.now().minusYears(9).toString());
		for (Who who : Who.values()) {
			this.credentials.put(who, signInAs(who, secret));
		}
	}

	@TestFactory
	Stream<DynamicTest> every_caller_gets_exactly_what_the_matrix_allows() {
		Map<Operation, Map<Who, Boolean>> expected = expectations();
		assertThat(expected.keySet()).containsExactlyInAnyOrder(Operation.values());
		System.out.printf("Access matrix: %d callers x %d operations = %d cells%n", Who.values().length,
				Operation.values().length, Who.values().length * Operation.values().length);
		List<DynamicTest> cells = new ArrayList<>();
		expected.forEach((operation, row) -> row.forEach((who, allowed) -> cells
			.add(DynamicTest.dynamicTest("%s %s %s".formatted(who, allowed ? "may" : "may not", operation),
					() -> assertThat(isAllowed(who, operation))
						.as("%s doing %s", who, operation)
						.isEqualTo(allowed)))));
		return cells.stream();
	}

	private boolean isAllowed(Who who, Operation operation) {
		var request = web().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		Map<String, String> auth = this.credentials.get(who);
		if (auth.containsKey("bearer")) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + auth.get("bearer"));
		}
		else if (auth.containsKey("session")) {
			request = request.cookie("JSESSIONID", auth.get("session"))
				.cookie("XSRF-TOKEN", auth.get("csrf"))
				.header("X-XSRF-TOKEN", auth.get("csrf"));
		}
		var result = request.bodyValue(Map.of("query", operation.query, "variables", this.variables))
			.exchange()
			.returnResult(String.class);
		int status = result.getStatus().value();
		if (status == 401 || status == 403) {
			return false;
		}
		assertThat(status).as("HTTP status of %s by %s", operation, who).isEqualTo(200);
		String body = String.join("", result.getResponseBody().collectList().block());
		var json = JsonPath.using(LENIENT).parse(body);
		List<Map<String, Object>> errors = json.read("$.errors");
		if (errors != null && !errors.isEmpty()) {
			assertThat(body).as("a refusal is classified FORBIDDEN, UNAUTHORIZED or NOT_FOUND, never anything else")
				.containsAnyOf("\"FORBIDDEN\"", "\"UNAUTHORIZED\"", "\"NOT_FOUND\"");
			assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
			return false;
		}
		Object value = json.read(operation.allowedPath);
		return value != null && !(value instanceof List<?> list && list.isEmpty());
	}

	private Map<String, String> signInAs(Who who, String secret) {
		if (who == Who.ANONYMOUS) {
			return Map.of();
		}
		if (who.partner) {
			return Map.of("bearer", partnerToken(who.name, secret));
		}
		Session session = signIn(who.name, DEMO_PASSWORD);
		return Map.of("session", session.id(), "csrf", session.csrfToken());
	}

	/** Parses {@link #MATRIX}: a row per operation, a column per caller. */
	private static Map<Operation, Map<Who, Boolean>> expectations() {
		List<String> lines = MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		List<Who> columns = Stream.of(lines.getFirst().split("\\|"))
			.skip(1)
			.map(String::strip)
			.map(Who::valueOf)
			.toList();
		assertThat(columns).containsExactly(Who.values());
		Map<Operation, Map<Who, Boolean>> expected = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split("\\|");
			Map<Who, Boolean> row = new EnumMap<>(Who.class);
			for (int i = 0; i < columns.size(); i++) {
				String cell = cells[i + 1].strip();
				assertThat(cell).as("cell %s / %s", cells[0], columns.get(i)).isIn("Y", ".");
				row.put(columns.get(i), cell.equals("Y"));
			}
			expected.put(Operation.valueOf(cells[0].strip().toUpperCase()), row);
		}
		return expected;
	}

}
