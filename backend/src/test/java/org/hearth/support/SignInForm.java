package org.hearth.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.FluxExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Signing in through the form as a browser does (the CSRF token from the sign-in page's cookie, echoed in the
 * header), against whichever server the client is bound to: the shared test application or one started on its own.
 */
public final class SignInForm {

	private SignInForm() {
	}

	/** A signed-in session: its cookie and the CSRF token to send with it. */
	public record SignedIn(String sessionId, String csrfToken) {
	}

	/** A plain form post to /login with a fresh CSRF token; it must redirect (to the app, or back to sign in). */
	public static FluxExchangeResult<Void> post(WebTestClient client, String username, String password) {
		String token = csrfToken(client, null);
		return client.post()
			.uri("/login")
			.cookie("XSRF-TOKEN", token)
			.header("X-XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", username).with("password", password))
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(Void.class);
	}

	/** Signs in, which must succeed, and returns the session with its new CSRF token. */
	public static SignedIn signIn(WebTestClient client, String username, String password) {
		var result = post(client, username, password);
		assertThat(result.getResponseHeaders().getLocation()).as("redirect after signing in as %s", username)
			.asString()
			.doesNotContain("error");
		String sessionId = Objects.requireNonNull(result.getResponseCookies().getFirst("JSESSIONID")).getValue();
		// Signing in replaces the CSRF token: fetch the new one for this session.
		return new SignedIn(sessionId, csrfToken(client, sessionId));
	}

	/** A CSRF token (and its cookie value) from the sign-in page, for the given session or none. */
	public static String csrfToken(WebTestClient client, @Nullable String sessionId) {
		var request = client.get().uri("/login");
		if (sessionId != null) {
			request = request.cookie("JSESSIONID", sessionId);
		}
		ResponseCookie cookie = request.exchange().returnResult(String.class).getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(cookie).as("XSRF-TOKEN cookie").isNotNull();
		return cookie.getValue();
	}

}
