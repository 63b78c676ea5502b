package org.hearth.graphql;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hearth.system.StaleVersionException;

/**
 * Runs a mutation and makes its payload: what the write returned, or the problems the caller can put right. The one
 * place where broken rules, stale versions and reused ids become {@code UserError}s; refusals of access stay GraphQL
 * errors (FORBIDDEN), and anything else is Hearth's fault (INTERNAL_ERROR).
 */
public final class Mutations {

	private Mutations() {
	}

	public static <T, P> P payload(Supplier<T> write, Function<T, P> done, Function<List<UserError>, P> refused) {
		return payloadOf(write, done, refusal -> refused.apply(refusal.errors()));
	}

	/** As {@link #payload}, for a payload that carries more of a refusal than its errors. */
	public static <T, P> P payloadOf(Supplier<T> write, Function<T, P> done, Function<UserErrorException, P> refused) {
		try {
			return done.apply(write.get());
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
