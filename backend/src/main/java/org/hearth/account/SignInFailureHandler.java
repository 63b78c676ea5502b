package org.hearth.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A refused sign-in. Only one reason is told apart: a locked account (too many failed attempts), which the person
 * must wait out whatever they type. Every other refusal, an unknown username included, gets the same answer, so the
 * answer never reveals which usernames exist.
 * <p>
 * A plain form post is sent back to {@code /login?locked=<seconds>} or {@code /login?error}. The app's own sign-in (a
 * fetch with the header {@code source: typescript}, as Hilla's {@code login()} sends it) gets 401 and a
 * {@code Result} header, {@code locked} or {@code failure}: Vaadin's success handler answers the same request with
 * {@code Result: success}. Either way a lock comes with how long it lasts ({@code hearth.sign-in.lock-duration}, in
 * seconds; the {@code Lock-Seconds} header for the app), which the sign-in page puts in words.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	private static final String LOGIN_PAGE = "/login";

	private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

	private final long lockSeconds;

	SignInFailureHandler(SignInProperties properties) {
		this.lockSeconds = properties.lockDuration().toSeconds();
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean locked = exception instanceof LockedException;
		if ("typescript".equals(request.getHeader("source"))) {
			response.setHeader("Result", locked ? "locked" : "failure");
			if (locked) {
				response.setHeader("Lock-Seconds", Long.toString(this.lockSeconds));
			}
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		this.redirects.sendRedirect(request, response,
				LOGIN_PAGE + (locked ? "?locked=" + this.lockSeconds : "?error"));
	}

}
