package org.hearth.graphql;

import org.jspecify.annotations.Nullable;

/** Relay page information for a connection. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
		@Nullable String endCursor) {
}
