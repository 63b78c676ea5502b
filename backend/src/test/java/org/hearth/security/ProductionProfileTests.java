package org.hearth.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.PRACTITIONER_ROLE;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hearth.support.HearthIntegrationTests;
import org.hearth.support.SignInForm;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The prod profile for real: Hearth started as in production ({@code --spring.profiles.active=prod}) in a JVM of its
 * own (Vaadin and Spring Security keep JVM-wide state, so not beside this test's server), on the main classes and
 * the test database's server. On a fresh, empty schema it starts, sends HSTS and a secure session cookie and serves
 * neither introspection nor GraphiQL; on the demo database the production guard stops it, saying why.
 */
class ProductionProfileTests extends HearthIntegrationTests {

	private static final Pattern SERVER = Pattern.compile("^jdbc:mysql://([^/?]+)");

	private static final String INTROSPECTION = "{\"query\":\"{ __schema { queryType { name } } }\"}";

	@Autowired
	private JdbcConnectionDetails database;


	@Test
	void on_a_clean_database_the_prod_profile_starts_with_hsts_a_secure_cookie_and_no_introspection_or_graphiql()
			throws Exception {
		String url = "jdbc:mysql://" + server() + "/hearth_prod_check?useSSL=false&allowPublicKeyRetrieval=true";
		// The test database's server; its root password is the test database's password (empty when embedded).
		try (Connection connection = DriverManager.getConnection(url.replace("/hearth_prod_check", "/"), "root",
				this.database.getPassword())) {
			connection.createStatement().execute("drop database if exists hearth_prod_check");
			connection.createStatement().execute("create database hearth_prod_check");
		}
		try (ProdServer prod = ProdServer.start(url, "root", this.database.getPassword())) {
			prod.awaitReady();
			WebTestClient client = WebTestClient.bindToServer().baseUrl(prod.baseUrl()).build();
			var login = client.get().uri("/login").exchange().expectStatus().isOk().returnResult(String.class);
			assertThat(login.getResponseHeaders().getFirst("Strict-Transport-Security"))
				.isEqualTo("max-age=31536000 ; includeSubDomains");
			assertThat(login.getResponseHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");

			try (Connection connection = DriverManager.getConnection(url, "root", this.database.getPassword())) {
				addAccount(DSL.using(connection, SQLDialect.MYSQL), "riley", "a real passphrase");
			}
			// The session cookie (Spring Session's, sessions being in the database) as signing in sets it.
			assertThat(SignInForm.post(client, "riley", "a real passphrase").getResponseHeaders().get("Set-Cookie"))
				.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
					.contains("Secure", "HttpOnly", "SameSite=Lax"));
			SignInForm.SignedIn riley = SignInForm.signIn(client, "riley", "a real passphrase");
			graphql(client, riley.sessionId(), riley.csrfToken(), INTROSPECTION).jsonPath("$.data.__schema")
				.doesNotExist()
				.jsonPath("$.errors[0].message")
				.isEqualTo("Introspection has been disabled for this request");
			var graphiql = client.get()
				.uri("/graphiql?path=/graphql")
				.cookie("JSESSIONID", riley.sessionId())
				.exchange()
				.returnResult(String.class);
			// Whatever answers (the app's own not-found route), it is not GraphiQL.
			String body = String.join("", graphiql.getResponseBody().collectList().block());
			assertThat(body).as("GET /graphiql in the prod profile").doesNotContain("graphiql.min.js", "GraphiQL");
			prod.assertOutputDoesNotContain("ERROR");
		}

		// The same in the demo run (this test's own server): introspection answers there.
		Session sam = signIn("sam", DEMO_PASSWORD);
		graphql(web(), sam.id(), sam.csrfToken(), INTROSPECTION).jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

	@Test
	void on_the_demo_database_the_prod_profile_refuses_to_start_and_says_why() throws Exception {
		try (ProdServer prod = ProdServer.start(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword())) {
			int exit = prod.awaitExit();
			assertThat(exit).as("exit status").isNotZero();
			prod.assertOutputContains(
					"Hearth will not start with the prod profile while the demo is in place: ",
					"accounts with the demo password 'hearth-demo': alex, casey, dana, hub, morgan, sam",
					"partner clients with the demo secret: school-mis");
		}
	}

	private String server() {
		Matcher matcher = SERVER.matcher(this.database.getJdbcUrl());
		assertThat(matcher.find()).as("a MySQL JDBC URL: %s", this.database.getJdbcUrl()).isTrue();
		return matcher.group(1);
	}

	private static WebTestClient.BodyContentSpec graphql(WebTestClient client, String session, String csrf,
			String body) {
		return client.post()
			.uri("/graphql")
			.cookie("JSESSIONID", session)
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectBody();
	}

	private static void addAccount(DSLContext dsl, String username, String password) {
		UUID agency = Ids.newId();
		dsl.insertInto(AGENCY).set(AGENCY.ID, agency).set(AGENCY.NAME, "Prod Check").set(AGENCY.KIND, "OTHER")
			.execute();
		UUID practitioner = Ids.newId();
		dsl.insertInto(PRACTITIONER)
			.set(PRACTITIONER.ID, practitioner)
			.set(PRACTITIONER.AGENCY_ID, agency)
			.set(PRACTITIONER.NAME, "Riley Check")
			.execute();
		dsl.insertInto(PRACTITIONER_ROLE)
			.set(PRACTITIONER_ROLE.PRACTITIONER_ID, practitioner)
			.set(PRACTITIONER_ROLE.ROLE, "PRACTITIONER")
			.execute();
		dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, Ids.newId())
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
			.set(USER_ACCOUNT.PRACTITIONER_ID, practitioner)
			.execute();
	}

	/** {@code java org.hearth.HearthApplication --spring.profiles.active=prod} on the main classes, stopped on close. */
	private record ProdServer(Process process, int port, Path log) implements AutoCloseable {

		private static final Duration STARTUP = Duration.ofMinutes(3);

		static ProdServer start(String url, String username, String password) throws IOException {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			// This JVM's class path without the test classes (whose configurations a real start does not have).
			String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !entry.endsWith("test-classes"))
				.collect(Collectors.joining(File.pathSeparator));
			String java = ProcessHandle.current().info().command().orElse("java");
			List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath,
					"org.hearth.HearthApplication", "--spring.profiles.active=prod", "--server.port=" + port,
					"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
					"--spring.datasource.password=" + password,
					"--hearth.partner-tokens.signing-key-location=file:" + partnerTokenKey()));
			Path output = Files.createTempFile("hearth-prod", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().remove("SPRING_PROFILES_ACTIVE");
			builder.environment().remove("PORT");
			return new ProdServer(builder.start(), port, output);
		}

		/** Production needs a configured key for partner tokens: a fresh one, as a PKCS#8 PEM file. */
		private static Path partnerTokenKey() throws IOException {
			try {
				var generator = KeyPairGenerator.getInstance("RSA");
				generator.initialize(2048);
				String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
				Path pem = Files.createTempFile("hearth-partner-key", ".pem");
				Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n");
				return pem;
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String baseUrl() {
			return "http://localhost:" + this.port;
		}

		void awaitReady() throws IOException, InterruptedException {
			Instant deadline = Instant.now().plus(STARTUP);
			WebTestClient health = WebTestClient.bindToServer().baseUrl(baseUrl()).build();
			while (Instant.now().isBefore(deadline)) {
				assertThat(this.process.isAlive()).as("the prod server is running:%n%s", output()).isTrue();
				try {
					if (health.get().uri("/actuator/health").exchange().returnResult(String.class).getStatus()
						.is2xxSuccessful()) {
						return;
					}
				}
				catch (RuntimeException notYetListening) {
					// Try again shortly.
				}
				Thread.sleep(500);
			}
			throw new AssertionError("The prod server did not start within " + STARTUP + ":\n" + output());
		}

		int awaitExit() throws IOException, InterruptedException {
			assertThat(this.process.waitFor(STARTUP.toSeconds(), TimeUnit.SECONDS)).as("the prod server stopped:%n%s",
					output()).isTrue();
			return this.process.exitValue();
		}

		void assertOutputContains(String... parts) throws IOException {
			assertThat(output()).contains(parts);
		}

		void assertOutputDoesNotContain(String part) throws IOException {
			assertThat(output()).doesNotContain(part);
		}

		String output() throws IOException {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}

		@Override
		public void close() throws IOException, InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			Files.deleteIfExists(this.log);
		}

	}

}
