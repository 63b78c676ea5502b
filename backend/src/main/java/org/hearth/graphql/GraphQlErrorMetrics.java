package org.hearth.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts the errors in every answer from {@code /graphql} as {@code hearth.graphql.errors} (Prometheus:
 * {@code hearth_graphql_errors_total}), tagged with the error's classification: {@code InvalidSyntax},
 * {@code ValidationError}, the limits' and the resolvers' {@code BAD_REQUEST}, {@code FORBIDDEN}, {@code TIMEOUT},
 * {@code INTERNAL_ERROR}... Per error, not per request; a refused mutation's codes (in its payload, not errors) are not
 * errors. The requests themselves are counted and timed by Boot as {@code http.server.requests}.
 */
@Component
class GraphQlErrorMetrics implements WebGraphQlInterceptor {

	static final String COUNTER = "hearth.graphql.errors";

	private final MeterRegistry registry;

	GraphQlErrorMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext(response -> {
			for (GraphQLError error : response.getExecutionResult().getErrors()) {
				counter(error.getErrorType()).increment();
			}
		});
	}

	private Counter counter(ErrorClassification classification) {
		String name = (classification != null) ? classification.toString() : "UNCLASSIFIED";
		return Counter.builder(COUNTER)
			.description("Errors in answers from /graphql, by classification")
			.tag("classification", name)
			.register(this.registry);
	}

}
