package org.hearth.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;

import org.hearth.support.MovableClock;
import org.junit.jupiter.api.Test;

class CodeAttemptsTests {

	private final MovableClock clock = new MovableClock(ZoneOffset.UTC);

	private final CodeAttempts attempts = new CodeAttempts(new InvitationProperties(Duration.ofDays(7), 3, Duration.ofMinutes(15)),
			this.clock);

	@Test
	void an_address_is_blocked_after_its_allowance_of_wrong_codes_until_they_age_out() {
		this.attempts.failed("10.0.0.1");
		this.clock.advance(Duration.ofMinutes(5));
		this.attempts.failed("10.0.0.1");
		this.attempts.failed("10.0.0.1");
		assertThat(this.attempts.blocked("10.0.0.1")).isTrue();
		assertThat(this.attempts.blocked("10.0.0.2")).as("another address").isFalse();

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(this.attempts.blocked("10.0.0.1")).as("the first failure has aged out").isFalse();
		this.attempts.failed("10.0.0.1");
		assertThat(this.attempts.blocked("10.0.0.1")).isTrue();
	}

	@Test
	void fewer_wrong_codes_than_the_allowance_block_nothing() {
		this.attempts.failed("10.0.0.3");
		this.attempts.failed("10.0.0.3");
		assertThat(this.attempts.blocked("10.0.0.3")).isFalse();
	}

}
