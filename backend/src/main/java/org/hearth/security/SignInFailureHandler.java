package org.hearth.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused sign-in. Only one reason is told apart: a locked account (too many failed attempts), which the person
 * must wait out whatever they type. Every other refusal, an unknown username included, gets the same answer, so the
 * answer never reveals which usernames exist.
 * <p>
 * A plain form post is sent back to {@code /login?locked} or {@code /login?error}. The app's own sign-in (a fetch
 * with the header {@code source: typescript}, as Hilla's {@code login()} sends it) gets 401 and a {@code Result}
 * header, {@code locked} or {@code failure}: Vaadin's success handler answers the same request with
 * {@code Result: success}.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final DefaultRedirectStrategy redirects = new DefaultRedirectStrategy();

	private final String loginPage;

	SignInFailureHandler(String loginPage) {
		this.loginPage = loginPage;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean locked = exception instanceof LockedException;
		if ("typescript".equals(request.getHeader("source"))) {
			response.setHeader("Result", locked ? "locked" : "failure");
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		this.redirects.sendRedirect(request, response, this.loginPage + (locked ? "?locked" : "?error"));
	}

}
