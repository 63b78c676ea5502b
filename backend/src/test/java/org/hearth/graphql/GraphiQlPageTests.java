package org.hearth.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;

/** GraphiQL in the demo run is served whole by the application, to signed-in people only. */
class GraphiQlPageTests extends HearthIntegrationTests {

	@Test
	void a_signed_in_person_gets_graphiql_with_every_script_from_this_server() {
		Session sam = signIn("sam", DEMO_PASSWORD);
		String page = web().get()
			.uri("/graphiql")
			.cookie("JSESSIONID", sam.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> scripts = List.of("/webjars/react/18.3.1/umd/react.production.min.js",
				"/webjars/react-dom/18.3.1/umd/react-dom.production.min.js", "/webjars/graphiql/2.4.7/graphiql.min.js",
				"/webjars/graphiql/2.4.7/graphiql.min.css", "/graphiql/start.js");
		assertThat(page).doesNotContain("https://");
		for (String script : scripts) {
			assertThat(page).contains(script);
			web().get().uri(script).cookie("JSESSIONID", sam.id()).exchange().expectStatus().isOk();
		}
	}

	@Test
	void graphiql_asks_an_anonymous_visitor_to_sign_in() {
		web().get().uri("/graphiql").exchange().expectStatus().isFound().expectHeader().valueMatches("Location",
				".*/login$");
	}

}
