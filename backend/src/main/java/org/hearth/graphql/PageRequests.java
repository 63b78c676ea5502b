package org.hearth.graphql;

import org.jspecify.annotations.Nullable;

/** The limits every connection applies to {@code first}. */
public final class PageRequests {

	public static final int MAX_PAGE_SIZE = 100;

	private PageRequests() {
	}

	/** {@code first} must be given and lie between 1 and {@value #MAX_PAGE_SIZE}. */
	public static int checkFirst(@Nullable Integer first) {
		if (first == null || first < 1 || first > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("Give 'first' between 1 and " + MAX_PAGE_SIZE + ".");
		}
		return first;
	}

}
