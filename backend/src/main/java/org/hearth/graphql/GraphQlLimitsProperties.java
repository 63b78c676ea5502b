package org.hearth.graphql;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record GraphQlLimitsProperties(@DefaultValue("12") @Positive int maxDepth,
		@DefaultValue("25000") @Positive long maxCost, @DefaultValue("10") @Positive int listSizeEstimate,
		@DefaultValue("10") @Positive int maxOperations, @DefaultValue("20") @Positive int maxRootFields,
		@DefaultValue("100KB") DataSize maxRequestSize, @DefaultValue("10s") @DurationMin(millis = 1) Duration timeout) {

	public GraphQlLimitsProperties {
		// No Jakarta constraint knows DataSize.
		if (maxRequestSize.toBytes() < 1) {
			throw new IllegalArgumentException("hearth.graphql.max-request-size must be positive, not " + maxRequestSize);
		}
	}

}
