package org.hearth.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/**
 * The limits on every GraphQL request (hearth.graphql.*, defaults): each refuses with a classified GraphQL error and
 * a plain message before anything is fetched, and every answered request reports its cost.
 */
class GraphQlLimitsTests extends HearthIntegrationTests {

	@Autowired
	private GraphQlLimitsProperties limits;

	private WebTestClient sam;

	@BeforeEach
	void signInAsSam() {
		Session session = signIn("sam", DEMO_PASSWORD);
		this.sam = web().mutate()
			.defaultCookie("JSESSIONID", session.id())
			.defaultCookie("XSRF-TOKEN", session.csrfToken())
			.defaultHeader("X-XSRF-TOKEN", session.csrfToken())
			.build();
	}

	@Test
	void the_defaults_are_the_documented_ones() {
		assertThat(this.limits).isEqualTo(new GraphQlLimitsProperties(12, 25000, 10, 10, 20, DataSize.ofKilobytes(100),
				Duration.ofSeconds(10)));
	}

	@Test
	void every_response_reports_its_cost_and_the_cost_grows_with_first() {
		String query = "query($first: Int) { episodes(first: $first) { totalCount edges { node { id family { id } } } } }";
		// 1 for the connection, and per episode on the page: 1 for the edge, 1 for the episode, 1 for its family.
		for (int first : new int[] { 1, 10, 100 }) {
			graphql(query, Map.of("first", first)).expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.errors")
				.doesNotExist()
				.jsonPath("$.extensions.cost.requested")
				.isEqualTo(1 + 3 * first)
				.jsonPath("$.extensions.cost.maximum")
				.isEqualTo(25000);
		}
		// A list with no page size counts as 10 items: policy (1) + 10 need areas (1 each).
		graphql("{ policy { assessmentDueDays needAreas { code name } } }", Map.of()).expectBody()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(11);
	}

	@Test
	void the_deepest_and_costliest_queries_the_tests_use_pass() throws Exception {
		String episodeId = signedInAs("sam").document("{ episodes(first: 1) { edges { node { id } } } }")
			.execute()
			.path("episodes.edges[0].node.id")
			.entity(String.class)
			.get();
		graphql(resource("episodeDetail"), Map.of("id", episodeId)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.episode.id")
			.isEqualTo(episodeId);
		// The partner-style caseload at the largest page size.
		graphql(resource("caseloadDeep"), Map.of("first", 100)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.extensions.cost.requested")
			.value(Number.class, cost -> assertThat(cost.longValue()).isBetween(10_000L, 25_000L));
	}

	@Test
	void a_query_nested_deeper_than_the_limit_is_refused_before_it_runs() {
		// episodes > edges > node, then family > episodes pairs, then id: 3 + 2n + 1 levels.
		graphql(nestedEpisodes(4), Map.of()).expectBody().jsonPath("$.errors").doesNotExist();
		int sessionOnly = sessionStatements();
		statements.reset();
		refused(graphql(nestedEpisodes(5), Map.of()),
				"The query nests fields 14 levels deep; at most 12 are allowed. Ask for less nested data.");
		assertThat(statements.count()).as("SQL statements run for a refused query, besides the session's")
			.isEqualTo(sessionOnly);
	}

	@Test
	void a_query_costing_more_than_the_limit_is_refused_before_it_runs() {
		String query = """
				query($first: Int) { episodes(first: $first) { edges { node {
				  outcomes { actions { owner { practitioner { agency { id } } } } }
				  family { members { id } episodes { outcomes { actions { id } } } } } } } }""";
		// Per episode: 1 + 1 + outcomes 10 x (1 + actions 10 x 4) + family (1 + 10 + episodes 10 x (1 + 10 x 11)).
		graphql(query, Map.of("first", 10)).expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(1 + 10 * (1 + 1 + 410 + 1 + 10 + 1110));
		int sessionOnly = sessionStatements();
		statements.reset();
		refused(graphql(query, Map.of("first", 100)),
				"The query could return too much data: its cost is 153301 and at most 25000 is allowed. "
						+ "Ask for smaller pages (first) or fewer nested lists.")
			.jsonPath("$.extensions.cost.requested")
			.isEqualTo(153301);
		assertThat(statements.count()).as("SQL statements run for a refused query, besides the session's")
			.isEqualTo(sessionOnly);
	}

	@Test
	void a_document_with_more_operations_than_the_limit_is_refused() {
		StringBuilder document = new StringBuilder();
		for (int i = 1; i <= 11; i++) {
			document.append("query q").append(i).append(" { policy { assessmentDueDays } }\n");
		}
		Map<String, Object> body = new HashMap<>();
		body.put("query", document.toString());
		body.put("operationName", "q1");
		refused(post(body), "The request holds 11 operations; at most 10 are allowed. Send one operation per request.");
		body.put("query", document.substring(0, document.lastIndexOf("query q11")));
		post(body).expectBody().jsonPath("$.errors").doesNotExist().jsonPath("$.data.policy.assessmentDueDays")
			.isEqualTo(14);
	}

	@Test
	void an_operation_with_more_top_level_fields_than_the_limit_is_refused() {
		refused(graphql(aliasedPolicies(21), Map.of()),
				"The operation asks for 21 top-level fields; at most 20 are allowed. Split it into several requests.");
		// Fields reached through fragments count too.
		refused(graphql("{ ...more } fragment more on Query { " + aliasedPolicies(21).substring(1), Map.of()),
				"The operation asks for 21 top-level fields; at most 20 are allowed. Split it into several requests.");
		graphql(aliasedPolicies(20), Map.of()).expectBody().jsonPath("$.errors").doesNotExist();
	}

	@Test
	void a_body_larger_than_the_limit_is_refused_with_413_before_it_is_read() {
		String query = "{ policy { assessmentDueDays } }";
		post(Map.of("query", "# " + "x".repeat(90 * 1024) + "\n" + query)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.policy.assessmentDueDays")
			.isEqualTo(14);
		String tooLarge = "{\"query\":\"# " + "x".repeat(101 * 1024) + "\\n" + query + "\"}";
		String message = "The request body is larger than 100 KB, the most allowed. Send a smaller query with fewer variables.";
		// With a Content-Length, signed in or not.
		for (WebTestClient client : List.of(this.sam, web())) {
			tooLarge(client.post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(tooLarge)
				.exchange(), message);
		}
		// Chunked, with no Content-Length.
		DataBuffer[] chunks = { buffer(tooLarge.substring(0, 60_000)), buffer(tooLarge.substring(60_000)) };
		tooLarge(this.sam.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromDataBuffers(Flux.fromArray(chunks)))
			.exchange(), message);
	}

	private void tooLarge(WebTestClient.ResponseSpec response, String message) {
		response.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].message")
			.isEqualTo(message)
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST");
	}

	/** A refusal: no data, one error with only the message, a classification and no stack trace or SQL. */
	private WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response, String message) {
		return response.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors.length()")
			.isEqualTo(1)
			.jsonPath("$.errors[0].message")
			.isEqualTo(message)
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].extensions.length()")
			.isEqualTo(1);
	}

	/**
	 * What any signed-in request costs the database: its session, read and touched (Spring Session JDBC, the same for
	 * every instance), measured on a query that reads no data.
	 */
	private int sessionStatements() {
		statements.reset();
		graphql("{ __typename }", Map.of()).expectBody().jsonPath("$.data.__typename").isEqualTo("Query");
		int count = statements.count();
		assertThat(count).as("a signed-in request's own statements: the session's SELECT and UPDATE").isEqualTo(2);
		return count;
	}

	private WebTestClient.ResponseSpec graphql(String query, Map<String, Object> variables) {
		return post(Map.of("query", query, "variables", variables));
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return this.sam.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	private static String nestedEpisodes(int familyLevels) {
		return "{ episodes(first: 1) { edges { node { " + "family { episodes { ".repeat(familyLevels) + "id"
				+ " } }".repeat(familyLevels) + " } } } }";
	}

	private static String aliasedPolicies(int count) {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 1; i <= count; i++) {
			query.append("p").append(i).append(": policy { assessmentDueDays } ");
		}
		return query.append("}").toString();
	}

	private static String resource(String name) throws Exception {
		return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
	}

	private static DataBuffer buffer(String text) {
		return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

}
