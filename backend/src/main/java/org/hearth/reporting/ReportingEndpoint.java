package org.hearth.reporting;

import java.time.LocalDate;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.NonNull;

/**
 * The app's Supporting Families screen, for the Early Help team, through the same service as GraphQL's
 * {@code supportingFamiliesReport}.
 */
@BrowserCallable
@RolesAllowed("EARLY_HELP_TEAM")
public class ReportingEndpoint {

	private final ReportingService reporting;

	private final CurrentCaller caller;

	ReportingEndpoint(ReportingService reporting, CurrentCaller caller) {
		this.reporting = reporting;
		this.caller = caller;
	}

	/** The families whose episode closed between two days (at most two years apart), and the period's figures. */
	public @NonNull SupportingFamiliesReport supportingFamilies(@NonNull LocalDate from, @NonNull LocalDate to) {
		return AppCalls.refusingPlainly(() -> this.reporting.supportingFamilies(this.caller.ofSpa(), from, to));
	}

}
