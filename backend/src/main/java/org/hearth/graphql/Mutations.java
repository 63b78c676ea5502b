package org.hearth.graphql;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hearth.system.StaleVersionException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a mutation and makes its payload: what the write returned, or the problems the caller can put right. The one
 * place where broken rules, stale versions and reused ids become {@code UserError}s; refusals of access stay GraphQL
 * errors (FORBIDDEN), and anything else is Hearth's fault (INTERNAL_ERROR).
 * <p>
 * A write the database chose as a deadlock's victim is run again, up to three times: its transaction was rolled back
 * whole, so nothing of it was written, and the database's advice is to run it again. (Two writes at the same moment
 * can each hold a lock the other needs, e.g. locking reads of two request ids that fall in one gap of an index.)
 */
public final class Mutations {

	private static final RetryTemplate DEADLOCK_VICTIMS = new RetryTemplate(RetryPolicy.builder()
		.includes(PessimisticLockingFailureException.class)
		.maxRetries(3)
		.delay(Duration.ofMillis(20))
		.jitter(Duration.ofMillis(20))
		.multiplier(2)
		.build());

	private Mutations() {
	}

	public static <T, P> P payload(Supplier<T> write, Function<T, P> done, Function<List<UserError>, P> refused) {
		return payloadOf(write, done, refusal -> refused.apply(refusal.errors()));
	}

	/** As {@link #payload}, for a payload that carries more of a refusal than its errors. */
	public static <T, P> P payloadOf(Supplier<T> write, Function<T, P> done, Function<UserErrorException, P> refused) {
		try {
			return done.apply(DEADLOCK_VICTIMS.invoke(write));
		}
		catch (UserErrorException ex) {
			return refused.apply(ex);
		}
		catch (StaleVersionException ex) {
			return refused.apply(new UserErrorException(
					List.of(new UserError(List.of("input", "version"), "STALE_VERSION", ex.getMessage(), null))));
		}
	}

}
