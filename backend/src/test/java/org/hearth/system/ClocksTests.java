package org.hearth.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** "Today" is the deployment's day ({@code hearth.time-zone}, London unless configured), not the server's. */
class ClocksTests {

	/** Half past midnight on 1 July in London (BST), while UTC, and a server running on UTC, is still on 30 June. */
	static final Instant LONDON_PAST_MIDNIGHT = Instant.parse("2026-06-30T23:30:00Z");

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Clocks.class);

	@Test
	void the_clock_keeps_london_time_by_default_so_today_there_is_already_the_first_of_july() {
		this.context.run(started -> {
			ZoneId zone = started.getBean(Clock.class).getZone();
			assertThat(zone).isEqualTo(ZoneId.of("Europe/London"));
			assertThat(LocalDate.now(Clock.fixed(LONDON_PAST_MIDNIGHT, zone))).isEqualTo(LocalDate.of(2026, 7, 1));
			assertThat(LocalDate.ofInstant(LONDON_PAST_MIDNIGHT, ZoneOffset.UTC)).as("the same instant in UTC")
				.isEqualTo(LocalDate.of(2026, 6, 30));
		});
	}

	@Test
	void a_deployment_elsewhere_sets_its_own_zone() {
		this.context.withPropertyValues("hearth.time-zone=Pacific/Auckland")
			.run(started -> assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Pacific/Auckland")));
	}

	@Test
	void an_unknown_zone_stops_the_start() {
		this.context.withPropertyValues("hearth.time-zone=Europe/Atlantis")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.hasRootCauseMessage("Unknown time-zone ID: Europe/Atlantis"));
	}

}
