package org.hearth.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;

import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.http.MediaType;

/**
 * The request timeout ({@code hearth.graphql.timeout}) on the real /graphql endpoint and schema. A read is made slow
 * the way production makes it slow: another database session holds a lock on a table the read needs (as a long
 * migration or a bulk load would), so the read waits past the timeout.
 */
class GraphQlTimeoutTests extends HearthIntegrationTests {

	/** A caseload with its reviews (the table the lock is put on), and a field that fails at once. */
	private static final String CASELOAD_AND_A_BAD_ID = """
			{ episodes(first: 10) { totalCount edges { node { reference reviews { familyViews } } } }
			  bad: episode(id: "not-an-id") { reference } }""";

	@Autowired
	private GraphQlLimitsProperties limits;

	@Autowired
	private JdbcConnectionDetails database;

	@Test
	void a_read_waiting_past_the_timeout_is_stopped_with_one_classified_error_and_no_data() throws SQLException {
		Duration timeout = this.limits.timeout();
		Session sam = signIn("sam", DEMO_PASSWORD);
		long start = System.nanoTime();
		String body;
		try (Connection other = DriverManager.getConnection(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword()); Statement lock = other.createStatement()) {
			lock.execute("LOCK TABLES review WRITE");
			// The lock goes a second after the timeout: the stopped read then ends without waiting for it.
			CompletableFuture<Void> unlock = CompletableFuture.runAsync(() -> unlock(lock),
					CompletableFuture.delayedExecutor(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS));
			body = post(sam, CASELOAD_AND_A_BAD_ID);
			unlock.join();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		DocumentContext answer = json(body);
		assertThat(took).as("answered once the timeout had passed").isGreaterThanOrEqualTo(timeout);
		assertThat((Object) answer.read("$.data")).as("no data with a timeout: %s", body).isNull();
		// One plain error says what happened (graphql-java drops what it had gathered when it stops a request).
		List<String> classifications = answer.read("$.errors[*].extensions.classification");
		assertThat(classifications).as(body).containsExactly("TIMEOUT");
		assertThat((String) answer.read("$.errors[0].message")).startsWith("The request took longer than ")
			.endsWith(" and was stopped. Ask for less data at a time.");
	}

	@Test
	void a_read_finishing_in_time_keeps_its_data_and_its_own_errors() {
		String body = post(signIn("sam", DEMO_PASSWORD), CASELOAD_AND_A_BAD_ID);

		DocumentContext answer = json(body);
		assertThat((Integer) answer.read("$.data.episodes.totalCount")).as(body).isPositive();
		assertThat((Object) answer.read("$.data.bad")).as(body).isNull();
		List<String> failedFields = answer.read("$.errors[*].path[0]");
		assertThat(failedFields).as(body).containsExactly("bad");
		List<String> classifications = answer.read("$.errors[*].extensions.classification");
		assertThat(classifications).as("a malformed id is the caller's to correct: %s", body).containsExactly("BAD_REQUEST");
	}

	private String post(Session session, String query) {
		return web().post()
			.uri("/graphql")
			.cookie("JSESSIONID", session.id())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.header("X-XSRF-TOKEN", session.csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** Absent paths read as null. */
	private static DocumentContext json(String body) {
		return JsonPath.using(Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS)).parse(body);
	}

	private static void unlock(Statement lock) {
		try {
			lock.execute("UNLOCK TABLES");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
