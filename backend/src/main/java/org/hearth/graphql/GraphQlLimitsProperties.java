package org.hearth.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one GraphQL request may ask for. Each limit is checked before any data is fetched (the timeout while it runs)
 * and refused with a GraphQL error classified {@code BAD_REQUEST} ({@code TIMEOUT} for the timeout).
 *
 * @param maxDepth most fields nested inside each other, counting the top-level field as 1 (introspection is left to
 * graphql-java's own checks)
 * @param maxCost most cost a request may have (see {@link QueryCost}): roughly, the number of objects it can return
 * @param listSizeEstimate how many items a list without a page size ({@code first}/{@code last}) counts as
 * @param maxOperations most operations one document may hold (only one of them runs per request)
 * @param maxRootFields most top-level fields (aliases included) in one operation
 * @param maxRequestSize largest {@code POST /graphql} body; larger ones get 413 before they are read
 * @param timeout longest a request may run before it is stopped
 */
@ConfigurationProperties("hearth.graphql")
public record GraphQlLimitsProperties(@DefaultValue("12") int maxDepth, @DefaultValue("25000") long maxCost,
		@DefaultValue("10") int listSizeEstimate, @DefaultValue("10") int maxOperations,
		@DefaultValue("20") int maxRootFields, @DefaultValue("100KB") DataSize maxRequestSize,
		@DefaultValue("10s") Duration timeout) {

	public GraphQlLimitsProperties {
		if (maxDepth < 1 || maxCost < 1 || listSizeEstimate < 1 || maxOperations < 1 || maxRootFields < 1
				|| maxRequestSize.toBytes() < 1 || timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("Every hearth.graphql limit must be positive");
		}
	}

}
