package org.hearth.oversight;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.NonNull;

/** The app's screen for managers: their team's caseload. */
@BrowserCallable
@RolesAllowed("MANAGER")
public class OversightEndpoint {

	private final OversightService oversight;

	private final CurrentCaller caller;

	OversightEndpoint(OversightService oversight, CurrentCaller caller) {
		this.oversight = oversight;
		this.caller = caller;
	}

	public @NonNull TeamCaseload teamCaseload() {
		return AppCalls.refusingPlainly(() -> this.oversight.teamCaseload(this.caller.ofSpa()));
	}

}
