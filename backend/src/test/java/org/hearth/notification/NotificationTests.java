package org.hearth.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.NOTIFICATION;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code markNotificationsRead} through /graphql with real sign-in: a practitioner's own notifications leave the
 * unread list, someone else's ids are passed over unchanged, sending the ids again changes nothing, and family
 * members may not.
 */
class NotificationTests extends HearthIntegrationTests {

	private static final String MARK_READ = """
			mutation($input: MarkNotificationsReadInput!) {
			  markNotificationsRead(input: $input) { unread { id } errors { code } }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private UUID notification(UUID practitioner, UUID episode) {
		UUID id = Ids.newId();
		this.dsl.insertInto(NOTIFICATION)
			.set(NOTIFICATION.ID, id)
			.set(NOTIFICATION.PRACTITIONER_ID, practitioner)
			.set(NOTIFICATION.EPISODE_ID, episode)
			.set(NOTIFICATION.KIND, "MEETING_SCHEDULED")
			.set(NOTIFICATION.MESSAGE, "A meeting is booked")
			.set(NOTIFICATION.CREATED_AT, this.clock.instant())
			.execute();
		return id;
	}

	private boolean isRead(UUID notification) {
		return this.dsl.fetchSingle(NOTIFICATION, NOTIFICATION.ID.eq(notification)).getReadAt() != null;
	}

	private static GraphQlTester.Response markRead(HttpGraphQlTester caller, UUID... ids) {
		return caller.document(MARK_READ)
			.variable("input", Map.of("ids", List.of(ids).stream().map(UUID::toString).toList()))
			.execute();
	}

	@Test
	void a_practitioner_marks_their_own_notifications_read_and_others_are_passed_over() {
		String prefix = "ntf-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID worker = this.fixtures.practitioner(prefix + "-worker", agency, null);
		UUID colleague = this.fixtures.practitioner(prefix + "-colleague", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID episode = this.fixtures.episode("E-" + prefix, family, worker, List.of(colleague));
		UUID read = notification(worker, episode);
		UUID kept = notification(worker, episode);
		UUID colleagues = notification(colleague, episode);

		HttpGraphQlTester signedIn = signedInAs(prefix + "-worker");
		var answer = markRead(signedIn, read, colleagues, UUID.randomUUID());
		answer.path("markNotificationsRead.errors").entityList(Object.class).hasSize(0);
		answer.path("markNotificationsRead.unread[*].id").entityList(String.class).containsExactly(kept.toString());
		assertThat(isRead(read)).isTrue();
		assertThat(isRead(kept)).isFalse();
		assertThat(isRead(colleagues)).isFalse();
		var readAt = this.dsl.fetchSingle(NOTIFICATION, NOTIFICATION.ID.eq(read)).getReadAt();

		markRead(signedIn, read).path("markNotificationsRead.unread[*].id")
			.entityList(String.class)
			.containsExactly(kept.toString());
		assertThat(this.dsl.fetchSingle(NOTIFICATION, NOTIFICATION.ID.eq(read)).getReadAt()).isEqualTo(readAt);

		forbidden(markRead(signedInAs(prefix + "-parent"), kept), "markNotificationsRead");
		assertThat(isRead(kept)).isFalse();

		// The app lists the worker's own unread ones, and nobody else's.
		Session app = signIn(prefix + "-worker", DEMO_PASSWORD);
		callEndpoint(app, "NotificationEndpoint/unread", Map.of()).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].id")
			.isEqualTo(List.of(kept.toString()));
		callEndpoint(signIn(prefix + "-parent", DEMO_PASSWORD), "NotificationEndpoint/unread", Map.of()).expectStatus()
			.isForbidden();

		callEndpoint(app, "NotificationEndpoint/markNotificationsRead",
				Map.of("input", Map.of("ids", List.of(kept.toString()))))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.unread")
			.isEmpty();
		assertThat(isRead(kept)).isTrue();
	}

}
