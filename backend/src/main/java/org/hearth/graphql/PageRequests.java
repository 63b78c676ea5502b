package org.hearth.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The rules every list read a page at a time follows: a page size within limits, keyset positions, and a
 * {@link Window} that Spring for GraphQL turns into a connection's edges and page info.
 */
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

	/** The page size a connection's {@code first} asked for, if any. */
	public static @Nullable Integer first(ScrollSubrange subrange) {
		return subrange.count().isPresent() ? subrange.count().getAsInt() : null;
	}

	/** The keys of the row a page starts after; null for the first page. */
	public static @Nullable Map<String, Object> keysAfter(@Nullable ScrollPosition after) {
		if (after == null || after.isInitial()) {
			return null;
		}
		if (!(after instanceof KeysetScrollPosition keyset)) {
			throw InvalidArgumentException.notACursor();
		}
		return keyset.getKeys();
	}

	/**
	 * A page from rows read with one more than the page size (the extra row only tells that more follow); each row's
	 * position is its keys, which the next page's read starts after.
	 */
	public static <T> Window<T> window(List<T> rows, int pageSize, Function<T, Map<String, ?>> keys) {
		List<T> page = rows.subList(0, Math.min(pageSize, rows.size()));
		return Window.from(page, index -> ScrollPosition.forward(keys.apply(page.get(index))), rows.size() > pageSize);
	}

	/** A key of a position Hearth handed out, as text; anything else was not a cursor of this list. */
	public static String key(Map<String, Object> keys, String name) {
		if (keys.get(name) instanceof String value) {
			return value;
		}
		throw InvalidArgumentException.notACursor();
	}

}
