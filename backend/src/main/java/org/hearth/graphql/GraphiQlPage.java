package org.hearth.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL for the demo and development runs, at {@code /graphiql} for a signed-in person. Spring for GraphQL's own
 * page loads its scripts from a public CDN, which locked-down networks block; this one is served whole from the
 * application (GraphiQL and React as webjars). Off in production ({@code hearth.graphiql.enabled=false}).
 */
@Controller
@ConditionalOnBooleanProperty(name = "hearth.graphiql.enabled", matchIfMissing = true)
class GraphiQlPage {

	private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript");

	/** The page; reading the CSRF token makes sure its cookie is set for GraphiQL's requests to send back. */
	@GetMapping("/graphiql")
	ResponseEntity<Resource> page(CsrfToken csrf) {
		csrf.getToken();
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(new ClassPathResource("graphiql/index.html"));
	}

	@GetMapping("/graphiql/start.js")
	ResponseEntity<Resource> script() {
		return ResponseEntity.ok().contentType(JAVASCRIPT).body(new ClassPathResource("graphiql/start.js"));
	}

}
