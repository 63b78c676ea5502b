package org.hearth.audit;

import java.util.UUID;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.CountedWindow;
import org.hearth.graphql.PageRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class AuditController {

	private final AuditService audit;

	private final CurrentCaller caller;

	AuditController(AuditService audit, CurrentCaller caller) {
		this.audit = audit;
		this.caller = caller;
	}

	@QueryMapping
	DataFetcherResult<Window<AuditEvent>> auditTrail(@Argument UUID familyId,
			@Argument @Nullable AuditFilter filter, ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
		return this.audit
			.trail(this.caller.ofGraphQl(), familyId, filter, PageRequests.first(subrange),
					subrange.position().orElse(null), selection.contains("totalCount"))
			.toResult();
	}

	@SchemaMapping(typeName = "AuditEventConnection")
	@Nullable Integer totalCount(DataFetchingEnvironment connection) {
		return CountedWindow.totalCountOf(connection);
	}

}
