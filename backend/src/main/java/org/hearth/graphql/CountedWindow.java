package org.hearth.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;

/**
 * A page of a list and, when the query selected {@code totalCount}, how many the whole list holds (counting is a
 * query of its own, so it runs only when asked). As a data fetcher's result, Spring for GraphQL makes the connection
 * of the window, and the connection's {@code totalCount} resolver answers with {@link #totalCountOf}.
 */
public record CountedWindow<T>(Window<T> window, @Nullable Integer totalCount) {

	public DataFetcherResult<Window<T>> toResult() {
		return DataFetcherResult.<Window<T>>newResult().data(this.window).localContext(this).build();
	}

	/** The count a connection's list field returned, for its {@code totalCount}. */
	public static @Nullable Integer totalCountOf(DataFetchingEnvironment connection) {
		return (connection.getLocalContext() instanceof CountedWindow<?> counted) ? counted.totalCount() : null;
	}

}
