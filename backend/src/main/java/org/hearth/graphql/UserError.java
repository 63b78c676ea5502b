package org.hearth.graphql;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A problem with a mutation's input that the caller can put right (GraphQL type {@code UserError}).
 * @param conflict for {@code CONFLICT}: the value someone else saved since the caller's version, so a screen can
 * show both
 */
public record UserError(List<String> field, String code, String message, @Nullable Conflict conflict) {

	public UserError(List<String> field, String code, String message) {
		this(field, code, message, null);
	}

	/** Someone else's change to a field since the version the caller saw. */
	public record Conflict(@Nullable String currentValue, String changedBy, Instant changedAt) {
	}

}
