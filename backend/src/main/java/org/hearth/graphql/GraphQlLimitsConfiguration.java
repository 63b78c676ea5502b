package org.hearth.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits on every GraphQL request ({@code hearth.graphql.*}). Batching (a JSON array of requests) is not something
 * Spring for GraphQL accepts, so one body is one request.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

	@Bean
	GraphQlTimeout graphQlTimeout(GraphQlLimitsProperties limits) {
		return new GraphQlTimeout(limits.timeout());
	}

	/**
	 * The limits as graphql-java's one instrumentation. Not an {@code Instrumentation} bean: Spring for GraphQL wraps
	 * those in a {@code ChainedInstrumentation} even when there is one, and a chain costs a list per field.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer graphQlLimits(GraphQlLimitsProperties limits, GraphQlTimeout timeout) {
		GraphQlLimits instrumentation = new GraphQlLimits(limits, timeout);
		return source -> source.configureGraphQl(graphQl -> graphQl.instrumentation(instrumentation));
	}

	@Bean
	FilterRegistrationBean<GraphQlRequestSizeLimit> graphQlRequestSizeLimit(GraphQlLimitsProperties limits,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		var registration = new FilterRegistrationBean<>(new GraphQlRequestSizeLimit(limits.maxRequestSize()));
		registration.addUrlPatterns(path);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
