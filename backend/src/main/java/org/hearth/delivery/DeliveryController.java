package org.hearth.delivery;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.PageRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class DeliveryController {

	private final DeliveryService delivery;

	private final CurrentCaller caller;

	DeliveryController(DeliveryService delivery, CurrentCaller caller) {
		this.delivery = delivery;
		this.caller = caller;
	}

	@QueryMapping
	DataFetcherResult<Window<DeliveryFailure>> deliveryFailures(ScrollSubrange subrange,
			DataFetchingFieldSelectionSet selection) {
		return this.delivery
			.failures(this.caller.ofGraphQl(), PageRequests.first(subrange), subrange.position().orElse(null),
					selection.contains("totalCount"))
			.toResult();
	}

	@SchemaMapping(typeName = "DeliveryFailureConnection")
	@Nullable Integer totalCount(DataFetchingEnvironment connection) {
		return CountedWindow.totalCountOf(connection);
	}

}
