package org.hearth.family;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.Mutations;
import org.jspecify.annotations.NonNull;

/** The app's family screens: the same use cases as GraphQL's family mutations, through the same service. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class FamilyEndpoint {

	private final FamilyService families;

	private final CurrentCaller caller;

	FamilyEndpoint(FamilyService families, CurrentCaller caller) {
		this.families = families;
		this.caller = caller;
	}

	public @NonNull PersonPayload addFamilyMember(@NonNull AddFamilyMemberInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.families.addMember(this.caller.ofSpa(), input), person -> new PersonPayload(person, List.of()),
				errors -> new PersonPayload(null, errors)));
	}

}
