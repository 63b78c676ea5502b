package org.hearth.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Overdue follows the clock's day, that is the deployment's (see ClocksTests), whatever the server's zone. */
class PlanServiceTests {

	/** 23:30 UTC on 30 June: already 00:30 on 1 July in London (BST). */
	private static final Instant LONDON_PAST_MIDNIGHT = Instant.parse("2026-06-30T23:30:00Z");

	@Test
	void an_action_due_on_the_thirtieth_of_june_is_overdue_once_it_is_the_first_of_july_in_london() {
		Action dueOnThirtieth = action(LocalDate.of(2026, 6, 30));
		assertThat(planServiceAt(ZoneId.of("Europe/London")).isOverdue(dueOnThirtieth)).isTrue();
		assertThat(planServiceAt(ZoneId.of("UTC")).isOverdue(dueOnThirtieth)).as("still 30 June in UTC").isFalse();
	}

	@Test
	void an_action_due_on_the_first_of_july_is_not_overdue_on_that_day() {
		assertThat(planServiceAt(ZoneId.of("Europe/London")).isOverdue(action(LocalDate.of(2026, 7, 1)))).isFalse();
	}

	private static PlanService planServiceAt(ZoneId zone) {
		// Overdue needs only the clock: no repository or episode service is reached.
		return new PlanService(null, null, null, null, null, null, null, null, null,
				Clock.fixed(LONDON_PAST_MIDNIGHT, zone), null);
	}

	private static Action action(LocalDate due) {
		return new Action(UUID.randomUUID(), UUID.randomUUID(), "Morning check-in", UUID.randomUUID(), due,
				ActionStatus.NOT_STARTED, null, 1);
	}

}
