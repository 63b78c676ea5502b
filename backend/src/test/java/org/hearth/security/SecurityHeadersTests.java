package org.hearth.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The headers that keep browsers to Hearth's own pages: on the app's pages and on API answers alike.
 */
class SecurityHeadersTests extends HearthIntegrationTests {

	private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';");

	private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");

	@Test
	void the_app_and_the_api_answer_with_the_hardening_headers() {
		Session session = signIn("sam", DEMO_PASSWORD);
		List<HttpHeaders> answers = new ArrayList<>();
		answers.add(page("/login", null).getResponseHeaders());
		answers.add(page("/", session).getResponseHeaders());
		answers.add(web().get().uri("/").exchange().expectStatus().isFound().returnResult(Void.class)
			.getResponseHeaders());
		answers.add(web().post()
			.uri("/graphql")
			.cookie("JSESSIONID", session.id())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.header("X-XSRF-TOKEN", session.csrfToken())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ policy { assessmentDueDays } }\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders());
		answers.add(web().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
			.expectStatus().isUnauthorized().returnResult(Void.class).getResponseHeaders());
		for (HttpHeaders headers : answers) {
			assertThat(headers.getFirst("Content-Security-Policy")).containsPattern(NONCE)
				.startsWith("default-src 'self'; script-src 'self' 'nonce-")
				.contains("style-src 'self' 'unsafe-inline'", "object-src 'none'", "base-uri 'self'",
						"form-action 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-eval", "script-src 'self' 'unsafe-inline'");
			assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
			assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
			assertThat(headers.containsHeader("Strict-Transport-Security")).as("HSTS outside the prod profile").isFalse();
		}
	}

	@Test
	void every_inline_script_of_the_page_carries_the_nonce_its_policy_names() {
		Session session = signIn("sam", DEMO_PASSWORD);
		List<String> nonces = new ArrayList<>();
		for (Session caller : new Session[] { null, session }) {
			EntityExchangeResult<String> page = page(caller == null ? "/login" : "/", caller);
			Matcher policy = NONCE.matcher(page.getResponseHeaders().getFirst("Content-Security-Policy"));
			assertThat(policy.find()).isTrue();
			String nonce = policy.group(1);
			nonces.add(nonce);
			Matcher script = SCRIPT.matcher(page.getResponseBody());
			int inline = 0;
			while (script.find()) {
				String attributes = script.group(1);
				if (!attributes.contains("src=")) {
					inline++;
					assertThat(attributes).as("inline script <script%s>", attributes).contains("nonce=\"" + nonce + "\"");
				}
			}
			// Vaadin's initial scripts, the CSRF form helper and the views: the listener ran after all of them.
			assertThat(inline).as("inline scripts on %s", page.getUrl()).isGreaterThanOrEqualTo(5);
			assertThat(page.getResponseBody()).contains("window.Vaadin.views");
		}
		nonces.add(NONCE.matcher(page("/login", null).getResponseHeaders().getFirst("Content-Security-Policy"))
			.results().findFirst().orElseThrow().group(1));
		assertThat(nonces).as("a fresh nonce for each response").doesNotHaveDuplicates();
	}

	private EntityExchangeResult<String> page(String path, Session session) {
		var request = web().get().uri(path).accept(MediaType.TEXT_HTML);
		if (session != null) {
			request = request.cookie("JSESSIONID", session.id());
		}
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult();
	}

}
