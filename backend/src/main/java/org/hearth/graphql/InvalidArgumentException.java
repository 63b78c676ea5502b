package org.hearth.graphql;

/** A request argument the caller must correct (a page size out of range, a cursor that was not ours). */
public class InvalidArgumentException extends RuntimeException {

	public InvalidArgumentException(String message) {
		super(message);
	}

}
