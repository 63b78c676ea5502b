package org.hearth.safeguarding;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.Mutations;
import org.jspecify.annotations.NonNull;

/**
 * The app's safeguarding referral: the same use case as GraphQL's {@code recordSafeguardingReferral}, through the
 * same service.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class SafeguardingEndpoint {

	private final SafeguardingService referrals;

	private final CurrentCaller caller;

	SafeguardingEndpoint(SafeguardingService referrals, CurrentCaller caller) {
		this.referrals = referrals;
		this.caller = caller;
	}

	public @NonNull SafeguardingReferralPayload recordSafeguardingReferral(
			@NonNull RecordSafeguardingReferralInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.referrals.record(this.caller.ofSpa(), input),
				referral -> new SafeguardingReferralPayload(referral, List.of()),
				errors -> new SafeguardingReferralPayload(null, errors)));
	}

}
