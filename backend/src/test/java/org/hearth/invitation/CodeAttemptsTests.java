package org.hearth.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.hearth.support.HearthIntegrationTests;
import org.hearth.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** The rule over the real database; each test's addresses are its own, so other tests' counts do not matter. */
class CodeAttemptsTests extends HearthIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final InvitationProperties THREE_IN_15_MINUTES = new InvitationProperties(Duration.ofDays(7), 3,
			Duration.ofMinutes(15));

	/** A clock of these tests' own, moved without moving the application's. */
	private final MovableClock clock = new MovableClock(ZoneOffset.UTC);

	@Autowired
	private CodeAttemptRepository repository;

	@Autowired
	private PlatformTransactionManager transactions;

	private CodeAttempts attempts() {
		return new CodeAttempts(THREE_IN_15_MINUTES, this.clock, this.repository, this.transactions);
	}

	private static String newAddress() {
		return "203.0.113." + ADDRESSES.incrementAndGet() + "-" + System.nanoTime();
	}

	@Test
	void an_address_is_blocked_after_its_allowance_of_wrong_codes_until_they_age_out() {
		CodeAttempts attempts = attempts();
		String address = newAddress();
		String another = newAddress();
		attempts.failed(address);
		this.clock.advance(Duration.ofMinutes(5));
		attempts.failed(address);
		attempts.failed(address);
		assertThat(attempts.blocked(address)).isTrue();
		assertThat(attempts.blocked(another)).as("another address").isFalse();

		this.clock.advance(Duration.ofMinutes(10));
		assertThat(attempts.blocked(address)).as("the first failure has aged out").isFalse();
		attempts.failed(address);
		assertThat(attempts.blocked(address)).isTrue();
	}

	@Test
	void fewer_wrong_codes_than_the_allowance_block_nothing() {
		CodeAttempts attempts = attempts();
		String address = newAddress();
		attempts.failed(address);
		attempts.failed(address);
		assertThat(attempts.blocked(address)).isFalse();
	}

	@Test
	void the_count_is_not_kept_in_memory_a_new_instance_sees_it() {
		String address = newAddress();
		CodeAttempts first = attempts();
		first.failed(address);
		first.failed(address);
		first.failed(address);

		// Another instance of the application (or this one after a restart): nothing shared but the database.
		CodeAttempts second = attempts();
		assertThat(second.blocked(address)).isTrue();
		second.failed(newAddress());
		assertThat(first.blocked(address)).isTrue();
	}

	@Test
	void old_rows_are_deleted_as_new_ones_are_written() {
		CodeAttempts attempts = attempts();
		String old = newAddress();
		attempts.failed(old);
		attempts.failed(old);
		this.clock.advance(Duration.ofMinutes(16));
		String recent = newAddress();
		attempts.failed(recent);

		assertThat(this.repository.countSince(old, this.clock.instant().minus(Duration.ofDays(1))))
			.as("rows older than the window, deleted by the next write").isZero();
		assertThat(this.repository.countSince(recent, this.clock.instant().minus(Duration.ofDays(1)))).isOne();
	}

}
