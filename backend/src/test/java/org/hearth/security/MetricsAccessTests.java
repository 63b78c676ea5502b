package org.hearth.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * {@code /actuator/prometheus}: its text over real HTTP (this test calls from loopback, allowed by default), and who
 * may read it. A refusal over HTTP, from an address not allowed, is in MultiInstanceTests (an instance started with
 * another allowed list).
 */
class MetricsAccessTests extends HearthIntegrationTests {

	@Test
	void the_metrics_text_has_requests_the_notification_backlog_and_graphql_errors_by_classification() {
		signedInAs("sam").document("{ nonsense(").execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty());
		signedInAs("sam").document("{ noSuchField }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());

		String text = web().get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(text).containsPattern("(?m)^hearth_notifications_backlog(\\{[^}]*\\})? \\d")
			.containsPattern("hearth_graphql_errors_total\\{[^}]*classification=\"InvalidSyntax\"[^}]*\\} [1-9]")
			.containsPattern("hearth_graphql_errors_total\\{[^}]*classification=\"ValidationError\"[^}]*\\} [1-9]")
			.contains("http_server_requests_seconds_count{");
	}

	@Test
	void only_the_allowed_addresses_may_read_the_metrics() {
		var access = new MetricsAccess(new MetricsAccess.Properties(List.of("127.0.0.0/8", "::1", "10.20.0.0/16")));

		assertThat(access.allows(from("127.0.0.1"))).isTrue();
		assertThat(access.allows(from("0:0:0:0:0:0:0:1"))).isTrue();
		assertThat(access.allows(from("10.20.3.4"))).as("in a listed range").isTrue();
		assertThat(access.allows(from("10.21.3.4"))).isFalse();
		assertThat(access.allows(from("203.0.113.9"))).isFalse();
	}

	private static MockHttpServletRequest from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.setRemoteAddr(address);
		return request;
	}

}
