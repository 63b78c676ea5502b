package org.hearth.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NOTIFICATION;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The outbox backlog behind readiness and the gauge, over the real database. */
class NotificationBacklogTests extends HearthIntegrationTests {

	@Autowired
	private NotificationBacklogRepository repository;

	@Autowired
	private HealthEndpointGroups groups;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	@Test
	void readiness_is_made_of_the_application_state_the_database_and_the_backlog_and_is_up() {
		var readiness = this.groups.get("readiness");
		assertThat(readiness.isMember("readinessState")).isTrue();
		assertThat(readiness.isMember("db")).isTrue();
		assertThat(readiness.isMember("notificationBacklog")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).as("a database outage restarts nothing").isFalse();

		web().get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void over_the_threshold_the_backlog_takes_the_instance_out_of_service() {
		// One unread notification made two hours ago, in a database that may hold others (the demo's, other tests').
		UUID practitioner = this.fixtures.practitioner("backlog-" + UUID.randomUUID().toString().substring(0, 8),
				this.fixtures.newAgency("Backlog agency " + UUID.randomUUID()), null);
		UUID episode = this.dsl.select(EPISODE.ID).from(EPISODE).limit(1).fetchSingle(EPISODE.ID);
		Instant now = this.clock.instant();
		this.dsl.insertInto(NOTIFICATION)
			.set(NOTIFICATION.ID, Ids.newId())
			.set(NOTIFICATION.PRACTITIONER_ID, practitioner)
			.set(NOTIFICATION.EPISODE_ID, episode)
			.set(NOTIFICATION.KIND, "TEST")
			.set(NOTIFICATION.MESSAGE, "Waiting to be delivered")
			.set(NOTIFICATION.CREATED_AT, now.minus(Duration.ofHours(2)))
			.set(NOTIFICATION.NEXT_ATTEMPT_AT, now.minus(Duration.ofHours(2)))
			.execute();
		int older = this.repository.waitingSince(now.minus(Duration.ofHours(1)));
		assertThat(older).isPositive();

		Health atThreshold = health(older, Duration.ofHours(1));
		assertThat(atThreshold.getStatus()).isEqualTo(Status.UP);
		assertThat(atThreshold.getDetails()).containsEntry("waiting", older).containsEntry("threshold", older);

		assertThat(health(older - 1, Duration.ofHours(1)).getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health(older - 1, Duration.ofHours(3)).getStatus()).as("counted only once older than the age")
			.isEqualTo(Status.UP);
	}

	@Test
	void the_count_is_reused_for_the_refresh_period() {
		var backlog = new NotificationBacklog(this.repository,
				new NotificationBacklogProperties(10, Duration.ofHours(1), Duration.ofSeconds(10)), this.clock, "smtp");
		int first = backlog.depth();
		UUID practitioner = this.fixtures.practitioner("backlog-" + UUID.randomUUID().toString().substring(0, 8),
				this.fixtures.newAgency("Backlog agency " + UUID.randomUUID()), null);
		this.dsl.insertInto(NOTIFICATION)
			.set(NOTIFICATION.ID, Ids.newId())
			.set(NOTIFICATION.PRACTITIONER_ID, practitioner)
			.set(NOTIFICATION.EPISODE_ID, this.dsl.select(EPISODE.ID).from(EPISODE).limit(1).fetchSingle(EPISODE.ID))
			.set(NOTIFICATION.KIND, "TEST")
			.set(NOTIFICATION.MESSAGE, "Waiting to be delivered")
			.set(NOTIFICATION.CREATED_AT, this.clock.instant().minus(Duration.ofHours(2)))
			.set(NOTIFICATION.NEXT_ATTEMPT_AT, this.clock.instant().minus(Duration.ofHours(2)))
			.execute();

		assertThat(backlog.depth()).as("within the refresh period").isEqualTo(first);
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(backlog.depth()).as("after it").isEqualTo(first + 1);
	}

	@Test
	void with_delivery_off_nothing_waits_and_readiness_stays_up() {
		var off = new NotificationBacklog(this.repository,
				new NotificationBacklogProperties(0, Duration.ZERO, Duration.ZERO), this.clock, "none");
		Health health = new NotificationBacklogHealthIndicator(off).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("waiting", 0).containsEntry("delivering", false);
	}

	private Health health(int threshold, Duration age) {
		var backlog = new NotificationBacklog(this.repository,
				new NotificationBacklogProperties(threshold, age, Duration.ZERO), this.clock, "smtp");
		return new NotificationBacklogHealthIndicator(backlog).health(true);
	}

}
