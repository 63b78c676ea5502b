package org.hearth.casefile;

import java.util.List;
import java.util.UUID;

import com.vaadin.hilla.BrowserCallable;
import com.vaadin.hilla.exception.EndpointException;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.UserErrorException;
import org.jspecify.annotations.NonNull;

/**
 * The app's family screens, and the copy of each open family it keeps on the device: the same episodes GraphQL's
 * {@code episode} answers, behind the same read rule.
 */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class CaseFileEndpoint {

	private final CaseFileService files;

	private final CurrentCaller caller;

	CaseFileEndpoint(CaseFileService files, CurrentCaller caller) {
		this.files = files;
		this.caller = caller;
	}

	/** The case files of these episodes that the caller may see, in the order asked (at most 50). */
	public @NonNull List<@NonNull CaseFile> caseFiles(@NonNull List<@NonNull UUID> episodeIds) {
		try {
			return AppCalls.refusingPlainly(() -> this.files.files(this.caller.ofSpa(), episodeIds));
		}
		catch (UserErrorException ex) {
			throw new EndpointException(ex.getMessage());
		}
	}

}
