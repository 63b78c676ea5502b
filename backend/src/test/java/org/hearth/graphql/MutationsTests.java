package org.hearth.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What a mutation answers when its transaction is a deadlock's victim (the database rolled it back whole): it is run
 * again, and the caller gets the answer of the run that went through; a write that keeps failing, or fails for any
 * other reason, is not run again.
 */
class MutationsTests {

	@Test
	void a_write_chosen_as_a_deadlocks_victim_is_run_again_and_answered() {
		AtomicInteger runs = new AtomicInteger();
		String answer = Mutations.payload(failingFirst(2, runs, "written"), written -> written,
				errors -> "refused " + errors);
		assertThat(answer).isEqualTo("written");
		assertThat(runs).as("runs: two victims, then through").hasValue(3);
	}

	@Test
	void a_write_still_deadlocked_after_three_more_runs_fails_and_any_other_failure_is_not_run_again() {
		AtomicInteger runs = new AtomicInteger();
		assertThatThrownBy(() -> Mutations.payload(failingFirst(10, runs, "never"), written -> written,
				errors -> "refused " + errors))
			.isInstanceOf(CannotAcquireLockException.class);
		assertThat(runs).as("the first run and three more").hasValue(4);

		AtomicInteger broken = new AtomicInteger();
		assertThatThrownBy(() -> Mutations.payload(() -> {
			broken.incrementAndGet();
			throw new DataIntegrityViolationException("a rule of the schema");
		}, written -> written, (List<UserError> errors) -> "refused")).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(broken).hasValue(1);
	}

	private static Supplier<String> failingFirst(int victims, AtomicInteger runs, String answer) {
		return () -> {
			if (runs.incrementAndGet() <= victims) {
				throw new CannotAcquireLockException("Deadlock found when trying to get lock; try restarting transaction");
			}
			return answer;
		};
	}

}
