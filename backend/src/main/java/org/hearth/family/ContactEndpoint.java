package org.hearth.family;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.Mutations;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The app's contact agreement: recorded on the family page (the same use case as GraphQL's
 * {@code recordContactAgreement}, through the same service), and read by the family member on {@code /my-plan}.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class ContactEndpoint {

	private final ContactService contacts;

	private final CurrentCaller caller;

	ContactEndpoint(ContactService contacts, CurrentCaller caller) {
		this.contacts = contacts;
		this.caller = caller;
	}

	public @NonNull ContactPayload recordContactAgreement(@NonNull RecordContactAgreementInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> Mutations.payload(() -> this.contacts.record(caller, input),
				ContactPayload::of, ContactPayload::refused));
	}

	/** The signed-in family member's own contact and agreement: where their reminders go. */
	@RolesAllowed("FAMILY_MEMBER")
	public @Nullable Contact myContact() {
		return AppCalls.refusingPlainly(() -> this.contacts.ownContact(this.caller.ofSpa()));
	}

}
