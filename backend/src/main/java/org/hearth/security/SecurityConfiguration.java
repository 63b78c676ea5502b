package org.hearth.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Authentication only: who is calling. What they may see is decided in the services. People sign in with a form
 * (session + CSRF: the {@code XSRF-TOKEN} cookie echoed in the {@code X-XSRF-TOKEN} header); partner systems send a
 * bearer token to {@code /graphql}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain appSecurity(HttpSecurity http, RequestUtil vaadinRequests, SecurityHeaders headers,
			AuthenticationFailureHandler signInFailures, MetricsAccess.Properties metrics) throws Exception {
		var paths = PathPatternRequestMatcher.withDefaults();
		var graphql = paths.matcher("/graphql");
		var prometheus = paths.matcher("/actuator/prometheus");
		var api = new OrRequestMatcher(graphql, paths.matcher("/connect/**"), paths.matcher("/exports/**"), prometheus);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// Metrics: only from the addresses in hearth.metrics.allowed-addresses (loopback by default), see MetricsAccess.
			.requestMatchers(prometheus)
			.access(new MetricsAccess(metrics))
			// Error responses (a 401 or 403 above) must render for anyone, or they turn into a redirect.
			.requestMatchers("/error")
			.permitAll()
			.requestMatchers(graphql)
			.authenticated()
			// Files the app downloads (the audit trail as CSV): for signed-in people; the services decide the rest.
			.requestMatchers("/exports/**")
			.authenticated()
			// GraphiQL (demo run only, see GraphiQlPage) and the libraries it is served with: for signed-in people.
			.requestMatchers("/graphiql", "/graphiql/**", "/webjars/graphiql/**", "/webjars/react/**",
					"/webjars/react-dom/**")
			.authenticated());
		// The contract's cookie-to-header scheme, for the SPA, Hilla endpoints, /login and /graphql alike. Vaadin's own
		// CSRF setup would exempt /login; here only the framework's internal requests (which carry their own) are.
		http.csrf(csrf -> csrf.spa().ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
		// Partner systems call /graphql with a bearer token from /oauth2/token (AuthorizationServerConfiguration),
		// checked against the app's own key. Only there: a bearer token anywhere else is ignored. A request carrying
		// one needs no CSRF token (the resource server exempts it) and leaves no session behind.
		var bearerTokens = new DefaultBearerTokenResolver();
		http.oauth2ResourceServer(resourceServer -> resourceServer
			.bearerTokenResolver(request -> graphql.matches(request) ? bearerTokens.resolve(request) : null)
			.jwt(Customizer.withDefaults())
			.protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
					about -> about.tlsClientCertificateBoundAccessTokens(false).scope("plans:read").scope("actions:write"))));
		// API calls get a plain status (401 until signed in, 403 after), never a redirect to the sign-in page. (A bad or
		// expired bearer token is answered by the resource server: 401 with WWW-Authenticate: Bearer error=...)
		http.exceptionHandling(exceptions -> exceptions
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
			.defaultAccessDeniedHandlerFor(SecurityConfiguration::refuseApiCall, api));
		// Browser hardening (Content-Security-Policy, referrer, permissions, HSTS in production): see SecurityHeaders.
		http.headers(headers);
		// A refused sign-in tells a locked account apart (and nothing else): see the account package's
		// SignInFailureHandler. The login page is named here too, or Spring would also generate a default one at /login.
		http.formLogin(form -> form.loginPage("/login").failureHandler(signInFailures));
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.loginView("/login")
					.enableExceptionHandlingConfiguration(false)
					.enableCsrfConfiguration(false));
		return http.build();
	}

	/**
	 * A refused API call: a request with no signed-in caller (including one that failed the CSRF check before
	 * anyone was identified) is 401, a signed-in caller lacking a right is 403.
	 */
	private static void refuseApiCall(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException denied) throws IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated();
		response.sendError(signedIn ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED);
	}

	/**
	 * No observation per security filter: wrapping each of the chain's filters in its own observation cost a tenth
	 * of a nested read's CPU in the benchmark. Requests are still observed as a whole (http.server.requests), and
	 * sign-ins and access decisions still are.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	/** Adaptive hashes, self-describing ({bcrypt}...), so the algorithm can be strengthened without a migration. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
