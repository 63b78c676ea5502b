package org.hearth.episode;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;

import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.NonNull;

/** The app's caseload screen; the same service answers GraphQL's {@code episodes}. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM" })
public class CaseloadEndpoint {

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	CaseloadEndpoint(EpisodeService episodes, CurrentCaller caller) {
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull List<@NonNull CaseloadEntry> myCaseload() {
		return this.episodes.caseload(this.caller.ofSpa());
	}

}
