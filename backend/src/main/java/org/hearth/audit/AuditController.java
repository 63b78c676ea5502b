package org.hearth.audit;

import java.util.UUID;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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
	AuditEventConnection auditTrail(@Argument UUID familyId, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingFieldSelectionSet selection) {
		return this.audit.trail(this.caller.ofGraphQl(), familyId, first, after, selection.contains("totalCount"));
	}

}
