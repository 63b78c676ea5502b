package org.hearth.invitation;

import java.util.List;

import org.jspecify.annotations.NonNull;

/**
 * The answer to a family member setting up their account with a code. The explicit {@code @NonNull}s are for
 * Hilla's TypeScript generator, which does not read the package's {@code @NullMarked}.
 *
 * @param joined true when the account was created and they can sign in
 * @param problems what to put right, each next to its field; empty when joined
 */
public record JoinResult(boolean joined, @NonNull List<@NonNull Problem> problems) {

	/** The field a problem belongs to. */
	public enum Field {

		CODE, USERNAME, PASSWORD

	}

	/** One thing to put right, in words for the person at the screen. */
	public record Problem(@NonNull Field field, @NonNull String message) {
	}

	static JoinResult ok() {
		return new JoinResult(true, List.of());
	}

	static JoinResult refused(List<Problem> problems) {
		return new JoinResult(false, List.copyOf(problems));
	}

	static JoinResult refused(Field field, String message) {
		return new JoinResult(false, List.of(new Problem(field, message)));
	}

}
