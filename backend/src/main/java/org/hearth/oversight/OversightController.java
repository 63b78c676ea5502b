package org.hearth.oversight;

import java.time.LocalDate;
import java.util.UUID;

import org.hearth.access.CurrentCaller;
import org.hearth.oversight.Oversight.Compliance;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL's oversight queries, through the same service as the app's oversight screen. */
@Controller
class OversightController {

	private final OversightService oversight;

	private final CurrentCaller caller;

	OversightController(OversightService oversight, CurrentCaller caller) {
		this.oversight = oversight;
		this.caller = caller;
	}

	@QueryMapping
	Oversight oversight(@Argument @Nullable UUID managerId) {
		return this.oversight.oversight(this.caller.ofGraphQl(), managerId);
	}

	@QueryMapping
	Compliance timescaleCompliance(@Argument LocalDate from, @Argument LocalDate to, @Argument @Nullable UUID managerId) {
		return this.oversight.compliance(this.caller.ofGraphQl(), from, to, managerId);
	}

}
