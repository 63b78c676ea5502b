package org.hearth.graphql;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The limits on every GraphQL request ({@code hearth.graphql.*}). Spring for GraphQL chains every
 * {@link graphql.execution.instrumentation.Instrumentation} bean, in this order. Batching (a JSON array of requests)
 * is not something Spring for GraphQL accepts, so one body is one request.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimitsConfiguration {

	@Bean
	@Order(1)
	GraphQlTimeout graphQlTimeout(GraphQlLimitsProperties limits) {
		return new GraphQlTimeout(limits.timeout());
	}

	@Bean
	@Order(2)
	GraphQlLimits graphQlLimits(GraphQlLimitsProperties limits) {
		return new GraphQlLimits(limits);
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
