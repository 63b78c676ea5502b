package org.hearth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

class SignInTests extends HearthIntegrationTests {

	@Test
	void graphql_answers_an_anonymous_caller_with_401() {
		web().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ agencies { name } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void a_practitioner_on_no_team_sees_no_episodes() {
		var episodes = signedInAs("casey").document("{ episodes(first: 100) { totalCount edges { cursor } } }")
			.execute();
		episodes.path("episodes.totalCount").entity(Integer.class).isEqualTo(0);
		episodes.path("episodes.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void a_wrong_password_is_refused_and_sends_back_to_sign_in() {
		var result = postSignInForm("sam", "not-the-password");
		assertThat(result.getResponseHeaders().getLocation()).hasToString("http://localhost:" + this.port + "/login?error");
		// Whatever session the failed attempt left behind is not signed in.
		var session = result.getResponseCookies().getFirst("JSESSIONID");
		if (session != null) {
			String token = csrfToken(null);
			web().post()
				.uri("/graphql")
				.cookie("JSESSIONID", session.getValue())
				.cookie("XSRF-TOKEN", token)
				.header("X-XSRF-TOKEN", token)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"query\":\"{ agencies { name } }\"}")
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
	}

	@Test
	void signing_in_needs_the_csrf_token() {
		var result = web().post()
			.uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "sam").with("password", DEMO_PASSWORD))
			.exchange()
			.expectStatus()
			.is4xxClientError()
			.returnResult(Void.class);
		assertThat(result.getResponseCookies().getFirst("JSESSIONID")).isNull();
	}

	@Test
	void a_signed_in_graphql_call_needs_the_csrf_token_too() {
		Session session = signIn("sam", DEMO_PASSWORD);
		web().post()
			.uri("/graphql")
			.cookie("JSESSIONID", session.id())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ agencies { name } }\"}")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

}
