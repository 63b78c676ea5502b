package org.hearth.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AGENCY;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

class PartnerTokenTests extends HearthIntegrationTests {

	private static final String CLIENT = "school-mis";

	private static final String SECRET = "school-mis-secret";

	/** The smallest GraphQL call, as a raw body: asks only who the caller is. */
	private static final String VIEWER = "{\"query\":\"{ viewer { __typename } }\"}";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	private JwtDecoder tokens;

	@Autowired
	private JWKSource<SecurityContext> signingKeys;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	@Test
	void the_demo_client_gets_a_signed_ten_minute_token_naming_its_agency_and_scopes() {
		Map<String, Object> response = tokenRequest(CLIENT, SECRET, null).expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, cache -> assertThat(cache).contains("no-store"))
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(response).containsEntry("token_type", "Bearer").containsEntry("expires_in", 599);
		assertThat(scopes((String) response.get("scope"))).containsExactlyInAnyOrder("plans:read", "actions:write");

		Jwt token = this.tokens.decode((String) response.get("access_token"));
		assertThat(token.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
		assertThat(token.getSubject()).isEqualTo(CLIENT);
		assertThat(token.getClaimAsString("client_id")).isEqualTo(CLIENT);
		assertThat(token.getClaimAsString("agency_id")).isEqualTo(riverside().toString());
		assertThat(token.getClaimAsString("scope")).isEqualTo("actions:write plans:read");
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void a_client_may_send_its_secret_as_form_parameters_instead_of_http_basic() {
		web().post()
			.uri("/oauth2/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "client_credentials")
				.with("client_id", CLIENT)
				.with("client_secret", SECRET))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.access_token")
			.isNotEmpty();
	}

	@Test
	void a_client_asking_for_one_of_its_scopes_gets_only_that_one() {
		Jwt token = this.tokens.decode(accessToken(CLIENT, SECRET, "plans:read"));
		assertThat(token.getClaimAsString("scope")).isEqualTo("plans:read");
	}

	@Test
	void a_wrong_secret_is_refused_as_an_invalid_client() {
		tokenRequest(CLIENT, "not-the-secret", null).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_client")
			.jsonPath("$.access_token")
			.doesNotExist();
	}

	@Test
	void an_unknown_client_is_refused_as_an_invalid_client() {
		tokenRequest("no-such-client", SECRET, null).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_client");
	}

	@Test
	void a_disabled_client_gets_no_token() {
		String clientId = "disabled-" + UUID.randomUUID();
		this.fixtures.partnerClient(clientId, "its-secret", riverside(), "plans:read");
		this.fixtures.partnerClientEnabled(clientId, false);
		tokenRequest(clientId, "its-secret", null).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_client");

		this.fixtures.partnerClientEnabled(clientId, true);
		tokenRequest(clientId, "its-secret", null).expectStatus().isOk();
	}

	@Test
	void disabling_a_client_cuts_off_the_tokens_it_already_has() {
		String clientId = "soon-disabled-" + UUID.randomUUID();
		this.fixtures.partnerClient(clientId, "its-secret", riverside(), "plans:read");
		String token = accessToken(clientId, "its-secret", null);
		partner(token).document("{ viewer { __typename } }").execute().path("viewer.__typename").entity(String.class)
			.isEqualTo("PartnerViewer");

		this.fixtures.partnerClientEnabled(clientId, false);
		askViewer("Bearer " + token).expectStatus().isUnauthorized();
	}

	@Test
	void asking_for_a_scope_the_client_is_not_registered_for_is_an_invalid_scope() {
		tokenRequest(CLIENT, SECRET, "plans:read referrals:write").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error")
			.isEqualTo("invalid_scope")
			.jsonPath("$.access_token")
			.doesNotExist();
	}

	@Test
	void only_the_client_credentials_grant_is_served() {
		for (String grant : List.of("refresh_token", "password", "urn:ietf:params:oauth:grant-type:token-exchange")) {
			web().post()
				.uri("/oauth2/token")
				.headers(headers -> headers.setBasicAuth(CLIENT, SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData("grant_type", grant)
					.with("refresh_token", "anything")
					.with("username", "sam")
					.with("password", DEMO_PASSWORD)
					.with("subject_token", "anything")
					.with("subject_token_type", "urn:ietf:params:oauth:token-type:access_token"))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.error")
				.isEqualTo("unsupported_grant_type");
		}
		// An authorization code is refused while the client is being authenticated (no code was ever issued).
		web().post()
			.uri("/oauth2/token")
			.headers(headers -> headers.setBasicAuth(CLIENT, SECRET))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("grant_type", "authorization_code")
				.with("code", "anything")
				.with("redirect_uri", "https://example.org/"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.access_token")
			.doesNotExist();
	}

	@Test
	void the_viewer_with_a_partner_token_is_the_partner_viewer_of_its_school_with_both_scopes() {
		var viewer = partner(accessToken(CLIENT, SECRET, null))
			.document("{ viewer { __typename ... on PartnerViewer { clientId agency { name } scopes } } }")
			.execute();
		viewer.path("viewer.__typename").entity(String.class).isEqualTo("PartnerViewer");
		viewer.path("viewer.clientId").entity(String.class).isEqualTo(CLIENT);
		viewer.path("viewer.agency.name").entity(String.class).isEqualTo("Riverside Primary School");
		viewer.path("viewer.scopes").entityList(String.class).containsExactly("actions:write", "plans:read");
	}

	@Test
	void the_viewer_shows_only_the_scopes_the_token_was_given() {
		partner(accessToken(CLIENT, SECRET, "plans:read")).document("{ viewer { ... on PartnerViewer { scopes } } }")
			.execute()
			.path("viewer.scopes")
			.entityList(String.class)
			.containsExactly("plans:read");
	}

	@Test
	void a_partner_lists_episodes_with_its_token() {
		var episodes = partner(accessToken(CLIENT, SECRET, null))
			.document("{ episodes(first: 10) { totalCount edges { node { reference status timescales { nextReviewDue } } } } }")
			.execute();
		episodes.path("episodes.totalCount").entity(Integer.class).satisfies(count -> assertThat(count).isNotNegative());
	}

	@Test
	void a_bearer_request_needs_no_csrf_token_and_leaves_no_session_behind() {
		var result = web().post()
			.uri("/graphql")
			.headers(headers -> headers.setBearerAuth(accessToken(CLIENT, SECRET, null)))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(VIEWER)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.viewer.__typename")
			.isEqualTo("PartnerViewer")
			.returnResult();
		assertThat(result.getResponseCookies()).doesNotContainKey("JSESSIONID");
	}

	@Test
	void a_garbage_token_is_refused_with_a_bearer_challenge() {
		assertRefusedAsInvalid("not-a-token");
		assertRefusedAsInvalid("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
		// "Bearer" and nothing else is no token at all: refused like any call without a caller.
		askViewer("Bearer ").expectStatus().isUnauthorized();
	}

	@Test
	void an_expired_token_is_refused() {
		Instant issued = Instant.now().minus(Duration.ofHours(1));
		assertRefusedAsInvalid(signed(this.signingKeys, issued, issued.plus(Duration.ofMinutes(10))));
	}

	@Test
	void a_token_signed_with_another_key_is_refused() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		RSAKey other = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID("other")
			.build();
		Instant now = Instant.now();
		assertRefusedAsInvalid(signed(new ImmutableJWKSet<>(new JWKSet(other)), now, now.plus(Duration.ofMinutes(10))));
	}

	@Test
	void a_token_signed_with_the_apps_key_but_not_issued_to_a_partner_is_refused() {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder().subject("someone").issuedAt(now).expiresAt(now.plusSeconds(600)).build();
		String token = new NimbusJwtEncoder(this.signingKeys)
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
		assertRefusedAsInvalid(token);
	}

	@Test
	void a_graphql_call_without_a_token_keeps_its_plain_401() {
		askViewer(null).expectStatus().isUnauthorized();
	}

	/** POST /graphql asking for the viewer, with this Authorization header or none. */
	private WebTestClient.ResponseSpec askViewer(@Nullable String authorization) {
		var request = web().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (authorization != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		return request.bodyValue(VIEWER).exchange();
	}

	private void assertRefusedAsInvalid(String token) {
		askViewer("Bearer " + token).expectStatus()
			.isEqualTo(HttpStatus.UNAUTHORIZED)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					challenge -> assertThat(challenge).startsWith("Bearer").contains("error=\"invalid_token\""));
	}

	/** A token like the app's for the demo client, with the given times. */
	private String signed(JWKSource<SecurityContext> keys, Instant issuedAt, Instant expiresAt) {
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.subject(CLIENT)
			.claim("client_id", CLIENT)
			.claim("agency_id", riverside().toString())
			.claim("scope", "actions:write plans:read")
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.build();
		return new NimbusJwtEncoder(keys)
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
	}

	private WebTestClient.ResponseSpec tokenRequest(String clientId, String secret, String scope) {
		MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		if (scope != null) {
			form.add("scope", scope);
		}
		return web().post()
			.uri("/oauth2/token")
			.headers(headers -> headers.setBasicAuth(clientId, secret))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	private String accessToken(String clientId, String secret, String scope) {
		Map<String, Object> response = tokenRequest(clientId, secret, scope).expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		return (String) response.get("access_token");
	}

	private HttpGraphQlTester partner(String accessToken) {
		return asPartner(accessToken);
	}

	private UUID riverside() {
		return this.dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.NAME.eq("Riverside Primary School")).fetchSingle(AGENCY.ID);
	}

	private static Set<String> scopes(String spaced) {
		return Arrays.stream(spaced.split(" ")).collect(Collectors.toSet());
	}

}
