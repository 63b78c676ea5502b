package org.hearth.partner;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The authorization server that gives partner systems their tokens: {@code POST /oauth2/token} with the
 * client-credentials grant only, clients authenticated with HTTP Basic or form parameters against the
 * {@code partner_client} table, answered with a JWT (RS256) the resource server at {@code /graphql} accepts. Nothing
 * else of the OAuth2 or OpenID Connect family is served: no authorization code, refresh token, introspection,
 * revocation, metadata or user endpoints.
 *
 * <p>
 * Tokens are self-contained and nothing about them is stored: every instance with the same signing key accepts every
 * other's tokens, and a token stays valid until it expires (disabling a client stops new tokens only).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	/** The token endpoint (the authorization server's default path). */
	static final String TOKEN_ENDPOINT = "/oauth2/token";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerSecurity(HttpSecurity http, RegisteredClientRepository partnerClients)
			throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(TOKEN_ENDPOINT));
		http.oauth2AuthorizationServer(server -> server.registeredClientRepository(partnerClients)
			.authorizationService(new NothingStored())
			.tokenEndpoint(token -> token
				.accessTokenRequestConverters(converters -> {
					converters.clear();
					converters.add(new AllScopesUnlessAsked(new OAuth2ClientCredentialsAuthenticationConverter()));
				})
				.authenticationProviders(providers -> providers
					.removeIf(provider -> !(provider instanceof OAuth2ClientCredentialsAuthenticationProvider)))));
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.requestCache(cache -> cache.disable());
		http.exceptionHandling(exceptions -> exceptions
			.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	/** The key that signs partner tokens, and checks them at /graphql. */
	@Bean
	JWKSource<SecurityContext> partnerTokenKeys(PartnerTokenProperties properties) {
		RSAKey key = PartnerTokenKeys.signingKey(properties);
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	/**
	 * Checks bearer tokens at /graphql against the app's own key, with no call to anywhere: signature (RS256 only),
	 * expiry and not-before (a minute's clock skew), the partner claims every token from /oauth2/token carries, and
	 * that the client is still registered and enabled, so disabling a client cuts its tokens off at once.
	 */
	@Bean
	JwtDecoder partnerTokenDecoder(JWKSource<SecurityContext> partnerTokenKeys, RegisteredClientRepository clients) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(partnerTokenKeys)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
				new JwtClaimValidator<Object>("agency_id", Objects::nonNull),
				new JwtClaimValidator<String>("client_id",
						clientId -> clientId != null && clients.findByClientId(clientId) != null)));
		return decoder;
	}

	/** How every partner client's tokens are made (each registered client carries these). */
	@Bean
	TokenSettings partnerTokenSettings(PartnerTokenProperties properties) {
		return TokenSettings.builder()
			.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
			.accessTokenTimeToLive(properties.timeToLive())
			.build();
	}

	/**
	 * A client that asks for no scope gets all of its registered scopes (RFC 6749 section 3.3 lets the server pick a
	 * default; the framework's own default would be a token with none). Asking for a scope the client lacks is still
	 * {@code invalid_scope}.
	 */
	private record AllScopesUnlessAsked(AuthenticationConverter delegate) implements AuthenticationConverter {

		@Override
		public @Nullable Authentication convert(HttpServletRequest request) {
			Authentication converted = this.delegate.convert(request);
			if (converted instanceof OAuth2ClientCredentialsAuthenticationToken grant && grant.getScopes().isEmpty()
					&& SecurityContextHolder.getContext()
						.getAuthentication() instanceof OAuth2ClientAuthenticationToken client
					&& client.getRegisteredClient() != null) {
				RegisteredClient registered = client.getRegisteredClient();
				return new OAuth2ClientCredentialsAuthenticationToken(client, registered.getScopes(),
						grant.getAdditionalParameters());
			}
			return converted;
		}

	}

	/**
	 * Keeps nothing: a token is checked by its signature, never looked up. (The framework's default keeps every
	 * token issued in memory, which grows without bound and differs from one instance to the next.)
	 */
	private static final class NothingStored implements OAuth2AuthorizationService {

		@Override
		public void save(OAuth2Authorization authorization) {
		}

		@Override
		public void remove(OAuth2Authorization authorization) {
		}

		@Override
		public @Nullable OAuth2Authorization findById(String id) {
			return null;
		}

		@Override
		public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
			return null;
		}

	}

}
