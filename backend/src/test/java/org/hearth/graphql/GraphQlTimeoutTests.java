package org.hearth.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The timeout's mechanism, on a small schema whose fields each take 100 ms: the request's limit (10 s by default) is
 * too long to wait for in a test.
 */
class GraphQlTimeoutTests {

	private final GraphQlTimeout timeout = new GraphQlTimeout(Duration.ofMillis(250));

	private final GraphQL graphQl = GraphQL.newGraphQL(slowSchema()).instrumentation(this.timeout).build();

	@AfterEach
	void stopTheClock() {
		this.timeout.close();
	}

	@Test
	void a_request_running_past_the_timeout_is_stopped_with_a_classified_error_and_no_data() {
		long start = System.nanoTime();
		ExecutionResult result = this.graphQl.execute("{ a: slow b: slow c: slow d: slow e: slow f: slow g: slow h: slow }");
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(took).as("stopped after the timeout, not after all eight fields")
			.isGreaterThanOrEqualTo(Duration.ofMillis(250))
			.isLessThan(Duration.ofMillis(700));
		Object data = result.getData();
		assertThat(data).isNull();
		assertThat(result.getErrors()).singleElement().satisfies(error -> {
			assertThat(error.getMessage())
				.isEqualTo("The request took longer than 250 ms and was stopped. Ask for less data at a time.");
			assertThat(error.toSpecification()).containsEntry("extensions", Map.of("classification", "TIMEOUT"));
		});
	}

	@Test
	void a_request_finishing_in_time_is_untouched() {
		ExecutionResult result = this.graphQl.execute("{ a: slow b: slow }");

		assertThat(result.getErrors()).isEmpty();
		assertThat(result.<Map<String, Object>>getData()).containsEntry("a", "done").containsEntry("b", "done");
	}

	@Test
	void errors_other_than_the_timeout_are_kept() {
		ExecutionResult result = this.graphQl.execute("{ broken }");

		assertThat(result.getErrors()).extracting(GraphQLError::getMessage)
			.singleElement()
			.asString()
			.contains("broken on purpose");
	}

	private static GraphQLSchema slowSchema() {
		DataFetcher<String> slow = environment -> {
			Thread.sleep(100);
			return "done";
		};
		DataFetcher<String> broken = environment -> {
			throw new IllegalStateException("broken on purpose");
		};
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("slow", slow).dataFetcher("broken", broken))
			.build();
		return new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { slow: String broken: String }"), wiring);
	}

}
