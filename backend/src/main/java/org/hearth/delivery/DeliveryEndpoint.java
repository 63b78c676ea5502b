package org.hearth.delivery;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.NonNull;

/**
 * Failed deliveries for the Early Help team: the same service and rule as GraphQL's {@code deliveryFailures}.
 */
@BrowserCallable
@RolesAllowed("EARLY_HELP_TEAM")
public class DeliveryEndpoint {

	/** How many failures the app shows. */
	private static final int LATEST = 50;

	private final DeliveryService delivery;

	private final CurrentCaller caller;

	DeliveryEndpoint(DeliveryService delivery, CurrentCaller caller) {
		this.delivery = delivery;
		this.caller = caller;
	}

	/** The latest failed deliveries, newest first. */
	public @NonNull List<@NonNull DeliveryFailure> failures() {
		return AppCalls.refusingPlainly(() -> List
			.copyOf(this.delivery.failures(this.caller.ofSpa(), LATEST, null, false).window().getContent()));
	}

}
