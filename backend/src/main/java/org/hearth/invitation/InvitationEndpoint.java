package org.hearth.invitation;

import com.vaadin.hilla.BrowserCallable;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.NonNull;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The "set up your account" page: a family member with a code from their worker chooses a username and a password.
 * Open to anyone, since it is part of signing in; the service slows down guessing.
 */
@BrowserCallable
public class InvitationEndpoint {

	private final InvitationService invitations;

	InvitationEndpoint(InvitationService invitations) {
		this.invitations = invitations;
	}

	/** Creates the family member's account when the code is good; otherwise says what to put right. */
	@AnonymousAllowed
	public @NonNull JoinResult accept(@NonNull String code, @NonNull String username,
			@NonNull String password) {
		return this.invitations.accept(code, username, password, clientAddress());
	}

	/** The address the request came from (the client's own when Spring is told to trust a proxy's headers). */
	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

}
