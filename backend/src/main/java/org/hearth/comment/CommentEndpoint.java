package org.hearth.comment;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.Caller;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.episode.EpisodePayload;
import org.hearth.episode.EpisodeService;
import org.jspecify.annotations.NonNull;

/** The app's family comments: the same use case as GraphQL's {@code addFamilyComment}, through the same service. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM", "FAMILY_MEMBER" })
public class CommentEndpoint {

	private final CommentService comments;

	private final EpisodeService episodes;

	private final CurrentCaller caller;

	CommentEndpoint(CommentService comments, EpisodeService episodes, CurrentCaller caller) {
		this.comments = comments;
		this.episodes = episodes;
		this.caller = caller;
	}

	public @NonNull EpisodePayload addFamilyComment(@NonNull AddFamilyCommentInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> EpisodePayload.of(() -> this.comments.add(caller, input),
				episode -> this.episodes.find(caller, episode)));
	}

}
