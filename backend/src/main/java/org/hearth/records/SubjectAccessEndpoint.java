package org.hearth.records;

import java.util.UUID;

import com.vaadin.hilla.BrowserCallable;
import com.vaadin.hilla.exception.EndpointException;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.UserErrorException;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** The app's subject access screen: a family's whole record, or one person's, for the Early Help team only. */
@BrowserCallable
@RolesAllowed("EARLY_HELP_TEAM")
public class SubjectAccessEndpoint {

	private final SubjectAccessService records;

	private final CurrentCaller caller;

	SubjectAccessEndpoint(SubjectAccessService records, CurrentCaller caller) {
		this.records = records;
		this.caller = caller;
	}

	/** The family's whole record (personId null), or one member's; audited as produced. */
	public @NonNull SubjectAccessRecord record(@NonNull UUID familyId, @Nullable UUID personId) {
		try {
			return AppCalls.refusingPlainly(() -> this.records.produce(this.caller.ofSpa(), familyId, personId));
		}
		catch (UserErrorException ex) {
			throw new EndpointException(ex.getMessage());
		}
	}

}
