package org.hearth.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PRACTITIONER;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.hearth.db.jooq.tables.records.NotificationRecord;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.gov.service.notify.NotificationClient;

/**
 * Delivering the outbox over the real database: by e-mail to a real SMTP server (GreenMail), which receives the
 * message; to a server that is not there, tried again after each wait and failed after the last attempt, with no
 * address in the error; through GOV.UK Notify's own client to a stub of its API, which is sent the template, the
 * recipient and the words. Only the Early Help team reads the failures. Each test leaves only its own notifications
 * waiting, so a run sends nothing of the shared test database's.
 */
class DeliveryTests extends HearthIntegrationTests {

	private static final String FAILURES = "{ deliveryFailures(first: 100) { totalCount edges { node { id kind recipient familyMember episodeReference attempts lastError } } } }";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	private DeliveryService delivery;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** A practitioner with an e-mail address on an episode's team, and a notification for them waiting. */
	private record Waiting(Fixtures.Team team, UUID notification, String email) {
	}

	private Waiting waiting(String kind, String message) {
		String prefix = "dl-" + UUID.randomUUID().toString().substring(0, 8);
		Fixtures.Team team = this.fixtures.team(prefix, "ACTIVE");
		String email = prefix + "-lead@example.org";
		this.dsl.update(PRACTITIONER).set(PRACTITIONER.EMAIL, email).where(PRACTITIONER.ID.eq(team.lead())).execute();
		UUID id = notification(team.episode(), team.lead(), null, kind, message);
		onlyWaiting(id);
		return new Waiting(team, id, email);
	}

	private UUID notification(UUID episode, UUID practitioner, UUID person, String kind, String message) {
		UUID id = Ids.newId();
		this.dsl.insertInto(NOTIFICATION)
			.set(NOTIFICATION.ID, id)
			.set(NOTIFICATION.PRACTITIONER_ID, practitioner)
			.set(NOTIFICATION.PERSON_ID, person)
			.set(NOTIFICATION.EPISODE_ID, episode)
			.set(NOTIFICATION.KIND, kind)
			.set(NOTIFICATION.MESSAGE, message)
			.set(NOTIFICATION.CREATED_AT, this.clock.instant())
			.set(NOTIFICATION.NEXT_ATTEMPT_AT, this.clock.instant())
			.execute();
		return id;
	}

	/** Every other notification of the shared database stops waiting, so a run sends only the test's own. */
	private void onlyWaiting(UUID... ids) {
		this.dsl.update(NOTIFICATION)
			.setNull(NOTIFICATION.NEXT_ATTEMPT_AT)
			.where(NOTIFICATION.ID.notIn(ids))
			.and(NOTIFICATION.NEXT_ATTEMPT_AT.isNotNull())
			.execute();
	}

	@Autowired
	private io.micrometer.core.instrument.MeterRegistry meters;

	private NotificationRecord row(UUID id) {
		return this.dsl.fetchSingle(NOTIFICATION, NOTIFICATION.ID.eq(id));
	}

	/** What the metrics counted of e-mails sent so far, by outcome and whether they were reminders. */
	private double sends(String outcome, boolean reminder) {
		var counter = this.meters.find(DeliveryService.SENDS)
			.tags("channel", "smtp", "outcome", outcome, "reminder", String.valueOf(reminder))
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static SmtpChannel smtpAt(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("localhost");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return new SmtpChannel(sender, "Hearth <hearth@council.example>");
	}

	@Test
	void an_e_mail_reaches_the_smtp_server_with_its_subject_and_words_and_is_marked_delivered() throws Exception {
		Waiting waiting = waiting("REMINDER_ACTION_DUE", "E-1: an action you own is due on Thursday 3 December.");

		double sentBefore = sends("delivered", true);
		DeliveryService.Run run = this.delivery.deliverDue(smtpAt(smtp.getSmtp().getPort()));

		assertThat(run).isEqualTo(new DeliveryService.Run(1, 0, 0));
		assertThat(sends("delivered", true)).as("reminders sent, in the metrics").isEqualTo(sentBefore + 1);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(waiting.email());
		assertThat(received[0].getSubject()).isEqualTo("Reminder: something to do soon");
		assertThat(GreenMailUtil.getBody(received[0])).contains("E-1: an action you own is due on Thursday 3 December.")
			.contains("Open Hearth: https://hearth.council.example")
			.contains("You can switch reminders off in Hearth.");
		NotificationRecord delivered = row(waiting.notification());
		assertThat(delivered.getDeliveredAt()).isNotNull();
		assertThat(delivered.getDeliveredBy()).isEqualTo("smtp");
		assertThat(delivered.getAttempts()).isEqualTo(1);
		assertThat(delivered.getNextAttemptAt()).isNull();

		// Sent once: a second run finds nothing waiting.
		assertThat(this.delivery.deliverDue(smtpAt(smtp.getSmtp().getPort()))).isEqualTo(new DeliveryService.Run(0, 0, 0));
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void a_server_that_refuses_is_tried_again_after_each_wait_and_after_the_last_attempt_the_failure_is_for_the_early_help_team()
			throws Exception {
		Waiting waiting = waiting("EPISODE_CLOSED", "E-2: the episode is closed.");
		int nobody;
		try (ServerSocket socket = new ServerSocket(0)) {
			nobody = socket.getLocalPort();
		}
		SmtpChannel down = smtpAt(nobody);
		double retriesBefore = sends("retrying", false);
		double failedBefore = sends("failed", false);

		for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2))) {
			int before = row(waiting.notification()).getAttempts();
			Instant tried = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			assertThat(this.delivery.deliverDue(down)).isEqualTo(new DeliveryService.Run(0, 1, 0));
			NotificationRecord retrying = row(waiting.notification());
			assertThat(retrying.getAttempts()).isEqualTo(before + 1);
			assertThat(retrying.getNextAttemptAt()).isBetween(tried.plus(wait), this.clock.instant().plus(wait));
			assertThat(retrying.getLastError()).isNotBlank().doesNotContain(waiting.email());
			// Not tried again before its time.
			this.clock.advance(wait.minusSeconds(30));
			assertThat(this.delivery.deliverDue(down)).isEqualTo(new DeliveryService.Run(0, 0, 0));
			this.clock.advance(Duration.ofSeconds(30));
		}
		assertThat(this.delivery.deliverDue(down)).isEqualTo(new DeliveryService.Run(0, 0, 1));
		assertThat(sends("retrying", false)).as("attempts to try again, in the metrics").isEqualTo(retriesBefore + 4);
		assertThat(sends("failed", false)).as("given up, in the metrics").isEqualTo(failedBefore + 1);
		NotificationRecord failed = row(waiting.notification());
		assertThat(failed.getFailedAt()).isNotNull();
		assertThat(failed.getAttempts()).isEqualTo(5);
		assertThat(failed.getNextAttemptAt()).isNull();
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.delivery.deliverDue(down)).isEqualTo(new DeliveryService.Run(0, 0, 0));

		// The Early Help team sees it, in GraphQL and in the app.
		var failures = signedInAs("hub").document(FAILURES).execute();
		List<Map<String, Object>> nodes = failures.path("deliveryFailures.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(nodes).anySatisfy(node -> {
			assertThat(node).containsEntry("id", waiting.notification().toString())
				.containsEntry("kind", "EPISODE_CLOSED")
				.containsEntry("recipient", "Test " + waiting.team().user("lead"))
				.containsEntry("familyMember", false)
				.containsEntry("attempts", 5);
			assertThat((String) node.get("lastError")).isNotBlank().doesNotContain(waiting.email());
		});
		callEndpoint(signIn("hub", DEMO_PASSWORD), "DeliveryEndpoint/failures", Map.of()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id == '" + waiting.notification() + "')].attempts")
			.isEqualTo(List.of(5));

		// Nobody else: a manager, a worker, a family member, a partner system.
		for (String who : List.of("morgan", "sam", "dana")) {
			signedInAs(who).document(FAILURES)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		}
		asPartner(partnerToken("school-mis", "school-mis-secret")).document(FAILURES)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		callEndpoint(signIn("morgan", DEMO_PASSWORD), "DeliveryEndpoint/failures", Map.of()).expectStatus()
			.isForbidden();
	}

	/** A stand-in for GOV.UK Notify's API: it keeps each request's path, token and body, and answers as Notify does. */
	private static final class NotifyStub implements AutoCloseable {

		record Request(String path, String authorization, Map<String, Object> body) {
		}

		final List<Request> requests = new CopyOnWriteArrayList<>();

		final HttpServer server;

		NotifyStub() throws IOException {
			this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
			this.server.createContext("/v2/notifications/", exchange -> {
				Map<String, Object> body = new org.json.JSONObject(
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)).toMap();
				this.requests.add(new Request(exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Authorization"), body));
				String id = UUID.randomUUID().toString();
				String answer = exchange.getRequestURI().getPath().endsWith("/email") ? """
						{"id": "%s", "reference": "%s", "uri": "https://notify.invalid/v2/notifications/%s",
						 "template": {"id": "%s", "version": 1, "uri": "https://notify.invalid/t"},
						 "content": {"subject": "s", "body": "b", "from_email": "hearth@notify.invalid"}}"""
					.formatted(id, body.get("reference"), id, body.get("template_id")) : """
						{"id": "%s", "reference": "%s", "uri": "https://notify.invalid/v2/notifications/%s",
						 "template": {"id": "%s", "version": 1, "uri": "https://notify.invalid/t"},
						 "content": {"body": "b", "from_number": "Hearth"}}"""
					.formatted(id, body.get("reference"), id, body.get("template_id"));
				byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(201, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			this.server.start();
		}

		String baseUrl() {
			return "http://localhost:" + this.server.getAddress().getPort();
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

	@Test
	void gov_uk_notify_is_sent_the_template_the_recipient_and_the_words_an_e_mail_or_a_text_message() throws Exception {
		Waiting waiting = waiting("REMINDER_REVIEW_DUE", "E-3: the plan's review is due on Friday 4 December.");
		// A parent who agreed to be contacted and gave only a phone number gets a text message.
		this.dsl.update(PERSON)
			.set(PERSON.PHONE, "07700 900456")
			.set(PERSON.AGREED_TO_BE_CONTACTED, true)
			.where(PERSON.ID.eq(waiting.team().parent()))
			.execute();
		UUID text = notification(waiting.team().episode(), null, waiting.team().parent(), "REMINDER_MEETING_SOON",
				"Your family has a meeting with the team on Friday 4 December at 10:00.");
		onlyWaiting(waiting.notification(), text);
		String emailTemplate = UUID.randomUUID().toString();
		String smsTemplate = UUID.randomUUID().toString();
		String apiKey = "hearth_test-" + UUID.randomUUID() + "-" + UUID.randomUUID();

		try (NotifyStub notify = new NotifyStub()) {
			NotifyChannel channel = new NotifyChannel(new NotificationClient(apiKey, notify.baseUrl()), emailTemplate,
					smsTemplate);
			assertThat(this.delivery.deliverDue(channel)).isEqualTo(new DeliveryService.Run(2, 0, 0));

			assertThat(notify.requests).hasSize(2);
			NotifyStub.Request email = notify.requests.stream()
				.filter(request -> request.path().equals("/v2/notifications/email"))
				.findFirst()
				.orElseThrow();
			assertThat(email.authorization()).startsWith("Bearer ");
			assertThat(email.body()).containsEntry("template_id", emailTemplate)
				.containsEntry("email_address", waiting.email())
				.containsEntry("reference", waiting.notification().toString());
			Map<?, ?> personalisation = (Map<?, ?>) email.body().get("personalisation");
			assertThat(personalisation.get("subject")).isEqualTo("Reminder: a review is due soon");
			assertThat((String) personalisation.get("message"))
				.startsWith("E-3: the plan's review is due on Friday 4 December.");
			NotifyStub.Request sms = notify.requests.stream()
				.filter(request -> request.path().equals("/v2/notifications/sms"))
				.findFirst()
				.orElseThrow();
			assertThat(sms.body()).containsEntry("template_id", smsTemplate)
				.containsEntry("phone_number", "07700 900456")
				.containsEntry("reference", text.toString());
			assertThat((String) ((Map<?, ?>) sms.body().get("personalisation")).get("message"))
				.startsWith("Your family has a meeting with the team on Friday 4 December at 10:00.");
		}
		assertThat(row(waiting.notification()).getDeliveredBy()).isEqualTo("notify");
		assertThat(row(text).getDeliveredAt()).isNotNull();
	}

	@Test
	void a_family_member_who_did_not_agree_to_be_contacted_is_sent_nothing() {
		Waiting waiting = waiting("REMINDER_ACTION_DUE", "E-4: an action you own is due on Thursday 3 December.");
		this.dsl.update(PERSON)
			.set(PERSON.EMAIL, "parent-" + waiting.team().prefix() + "@example.org")
			.where(PERSON.ID.eq(waiting.team().parent()))
			.execute();
		UUID unagreed = notification(waiting.team().episode(), null, waiting.team().parent(), "REMINDER_ACTION_DUE",
				"You have a job on your family plan to do by Thursday 3 December.");
		onlyWaiting(unagreed);

		assertThat(this.delivery.deliverDue(smtpAt(smtp.getSmtp().getPort()))).isEqualTo(new DeliveryService.Run(0, 0, 0));
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(row(unagreed).getDeliveredAt()).isNull();
	}

	@Test
	void an_error_keeps_no_address_or_phone_number() {
		assertThat(DeliveryService.error(new IllegalStateException("550 <dana@example.org>: no such user at 07700 900123")))
			.isEqualTo("IllegalStateException: 550 <[removed]>: no such user at [removed]");
	}

}
