package org.hearth.account;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.NonNull;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Tells the app who is signed in, so it can show their name and the screens their roles allow. */
@BrowserCallable
public class SessionEndpoint {

	/** The signed-in person, as the app needs them. */
	public record SignedInUser(@NonNull String username, @NonNull String displayName,
			@NonNull List<@NonNull String> roles) {
	}

	@PermitAll
	public @NonNull SignedInUser currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof HearthUser user)) {
			throw new IllegalStateException("Not signed in");
		}
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(authority -> authority.replaceFirst("^ROLE_", ""))
			.toList();
		return new SignedInUser(user.getUsername(), user.displayName(), roles);
	}

}
