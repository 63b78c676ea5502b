package org.hearth.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Base of the integration tests: the whole application on a random port, over the real test database with the demo
 * data loaded, called through real HTTP. One Spring context is shared by every test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "hearth.embedded-database.directory=target/test-mariadb", "hearth.demo-data.enabled=true",
				"hearth.delivery.app-url=https://hearth.council.example",
				// Spring Session's clean-up of expired sessions (a DELETE each minute) would land in statement counts.
				"spring.session.jdbc.cleanup-cron=-" })
@Import({ TestDatabase.class, HearthIntegrationTests.Counting.class, SchemaInspection.class })
public abstract class HearthIntegrationTests {

	public static final String DEMO_PASSWORD = "hearth-demo";

	/** How long a test waits for an answer (longer than the server's own 10 s GraphQL timeout). */
	protected static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	static {
		// Runs when the first test class loads, before any Spring context (and so before the database) starts.
		TestDatabase.resetEmbeddedDatabase();
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected StatementCounter statements;

	/**
	 * The application's clock: "today" in the deployment's zone, which need not be this machine's. A test may move it
	 * forward; it is back to the real time after each test.
	 */
	@Autowired
	protected MovableClock clock;

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		StatementCounter statementCounter(JdbcConnectionDetails database) {
			return new StatementCounter(database);
		}

		/** The one clock every service uses, here one that tests can move forward. */
		@Bean
		@Primary
		MovableClock movableClock(Environment environment) {
			return new MovableClock(environment.getProperty("hearth.time-zone", ZoneId.class, ZoneId.of("Europe/London")));
		}

	}

	@AfterEach
	void backToTheRealTime() {
		this.clock.reset();
	}

	/**
	 * A client of this server that keeps no cookies of its own. It waits longer than WebTestClient's 5 s default: a
	 * first request on a busy two-core machine can take that long, and GraphQlTimeoutTests waits out the server.
	 */
	protected WebTestClient web() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(RESPONSE_TIMEOUT)
			.build();
	}

	private String graphqlUrl() {
		return "http://localhost:" + this.port + "/graphql";
	}

	protected HttpGraphQlTester anonymous() {
		return HttpGraphQlTester.builder(web().mutate()).url(graphqlUrl()).responseTimeout(RESPONSE_TIMEOUT).build();
	}

	/** The deployment's today, as the services compute dates. */
	protected LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A GraphQL tester for a person signed in through the form, with their session and CSRF token. */
	protected HttpGraphQlTester signedInAs(String username) {
		Session session = signIn(username, DEMO_PASSWORD);
		return HttpGraphQlTester.builder(web().mutate()
			.defaultCookie("JSESSIONID", session.id())
			.defaultCookie("XSRF-TOKEN", session.csrfToken())
			.defaultHeader("X-XSRF-TOKEN", session.csrfToken()))
			.url(graphqlUrl())
			.responseTimeout(RESPONSE_TIMEOUT)
			.build();
	}

	/** An access token for a partner system, from the app's own token endpoint (client credentials). */
	protected String partnerToken(String clientId, String secret) {
		Map<String, Object> response = web().post()
			.uri("/oauth2/token")
			.headers(headers -> headers.setBasicAuth(clientId, secret))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (String) Objects.requireNonNull(response).get("access_token");
	}

	/** A GraphQL tester for a partner system calling with a bearer token. */
	protected HttpGraphQlTester asPartner(String accessToken) {
		return HttpGraphQlTester
			.builder(web().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken))
			.url(graphqlUrl())
			.responseTimeout(RESPONSE_TIMEOUT)
			.build();
	}

	/** A signed-in session: its cookie and the CSRF token to send with it. */
	protected record Session(String id, String csrfToken) {
	}

	/** A plain form post to /login with a fresh CSRF token; it must redirect (to the app, or back to sign in). */
	protected FluxExchangeResult<Void> postSignInForm(String username, String password) {
		return SignInForm.post(web(), username, password);
	}

	protected Session signIn(String username, String password) {
		SignInForm.SignedIn signedIn = SignInForm.signIn(web(), username, password);
		return new Session(signedIn.sessionId(), signedIn.csrfToken());
	}

	/** Calls one of the app's endpoints ({@code /connect/Endpoint/method}) in a signed-in session, as the app does. */
	protected WebTestClient.ResponseSpec callEndpoint(Session session, String endpointAndMethod, Object body) {
		return web().post()
			.uri("/connect/" + endpointAndMethod)
			.cookie("JSESSIONID", session.id())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.header("X-XSRF-TOKEN", session.csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** A CSRF token (and its cookie value) from the sign-in page, for the given session or none. */
	protected String csrfToken(String sessionId) {
		return SignInForm.csrfToken(web(), sessionId);
	}

	/**
	 * A mutation refused for its input: the code and field (null: the input as a whole) in its payload, and nothing
	 * else in the answer.
	 */
	protected static void refused(GraphQlTester.Response response, String mutation, @Nullable String field,
			String code) {
		response.path(mutation + ".errors[0].code").entity(String.class).isEqualTo(code);
		response.path(mutation + ".errors[0].field")
			.entityList(String.class)
			.isEqualTo((field != null) ? List.of("input", field) : List.of("input"));
		Map<?, ?> payload = response.path(mutation).entity(Map.class).get();
		payload.forEach((name, value) -> assertThat(value).as(name + " of a refused " + mutation)
			.isEqualTo("errors".equals(name) ? value : null));
	}

	/** A mutation the caller may not make: one GraphQL error classified FORBIDDEN, and no payload. */
	protected static void forbidden(GraphQlTester.Response response, String mutation) {
		response.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		response.path(mutation).pathDoesNotExist();
	}

}
