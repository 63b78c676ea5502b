package org.hearth.graphql;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A rule of the process a write broke, or a conflict with someone else's change: the caller can put it right. Thrown
 * from a service (its transaction rolls back, so nothing is changed) and answered in the mutation's payload
 * {@code errors} by {@link Mutations}.
 */
public class UserErrorException extends RuntimeException {

	private final List<UserError> errors;

	public UserErrorException(List<UserError> errors) {
		super(errors.isEmpty() ? "refused" : errors.getFirst().message());
		this.errors = List.copyOf(errors);
	}

	/**
	 * One broken rule; {@code field} is the input path below {@code input} with dots between its steps (e.g.
	 * {@code newFamily.members.1.dateOfBirth}), or null for the input as a whole.
	 */
	public static UserErrorException of(@Nullable String field, String code, String message) {
		List<String> path = new ArrayList<>(List.of("input"));
		if (field != null) {
			path.addAll(List.of(field.split("\\.")));
		}
		return new UserErrorException(List.of(new UserError(List.copyOf(path), code, message, null)));
	}

	public List<UserError> errors() {
		return this.errors;
	}

}
