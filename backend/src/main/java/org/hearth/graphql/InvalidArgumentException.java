package org.hearth.graphql;

/** A request argument the caller must correct (a page size out of range, a cursor that was not ours). */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

	/** An {@code after} argument that is not a cursor Hearth handed out for this list. */
	public static InvalidArgumentException notACursor() {
		return new InvalidArgumentException("'after' is not a cursor from this list.");
	}

}
