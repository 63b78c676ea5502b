package org.hearth.reporting;

import java.time.LocalDate;

import org.hearth.access.CurrentCaller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** GraphQL's Supporting Families report, through the same service as the app's reporting screen. */
@Controller
class ReportingController {

	private final ReportingService reporting;

	private final CurrentCaller caller;

	ReportingController(ReportingService reporting, CurrentCaller caller) {
		this.reporting = reporting;
		this.caller = caller;
	}

	@QueryMapping
	SupportingFamiliesReport supportingFamiliesReport(@Argument LocalDate from, @Argument LocalDate to) {
		return this.reporting.supportingFamilies(this.caller.ofGraphQl(), from, to);
	}

}
