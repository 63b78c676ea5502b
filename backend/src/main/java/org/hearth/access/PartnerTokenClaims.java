package org.hearth.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What a partner's access token says, written when it is issued and read back (as a {@link Caller.PartnerCaller})
 * when it is presented: {@code client_id}, {@code agency_id} (the client's agency) and {@code scope} (space-separated,
 * as RFC 9068 has it), besides the standard {@code sub}, {@code aud}, {@code iat}, {@code exp} and {@code jti}.
 */
@Component
class PartnerTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String CLIENT_ID = "client_id";

	static final String AGENCY_ID = "agency_id";

	static final String SCOPE = "scope";

	@Override
	public void customize(JwtEncodingContext context) {
		if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
				|| !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			return;
		}
		var client = context.getRegisteredClient();
		Object agency = client.getClientSettings().getSetting(PartnerClients.AGENCY_ID_SETTING);
		if (agency == null) {
			throw new IllegalStateException("Client " + client.getClientId() + " has no agency");
		}
		context.getClaims().claim(CLIENT_ID, client.getClientId()).claim(AGENCY_ID, agency.toString());
		if (context.getAuthorizedScopes().isEmpty()) {
			context.getClaims().claims(claims -> claims.remove(SCOPE));
		}
		else {
			context.getClaims().claim(SCOPE, String.join(" ", context.getAuthorizedScopes().stream().sorted().toList()));
		}
	}

	/** The partner a token was issued to; refused if the token is not one of ours (no agency in it). */
	static Caller.PartnerCaller callerOf(Jwt token) {
		String clientId = token.getClaimAsString(CLIENT_ID);
		if (clientId == null) {
			clientId = token.getSubject();
		}
		String agency = token.getClaimAsString(AGENCY_ID);
		if (clientId == null || agency == null) {
			throw new AccessDeniedException("This token names no partner client or agency");
		}
		UUID agencyId;
		try {
			agencyId = UUID.fromString(agency);
		}
		catch (IllegalArgumentException ex) {
			throw new AccessDeniedException("This token names no agency");
		}
		return new Caller.PartnerCaller(clientId, agencyId, scopesOf(token.getClaim(SCOPE)));
	}

	private static Set<String> scopesOf(@Nullable Object claim) {
		Collection<?> values = switch (claim) {
			case null -> List.of();
			case String spaced -> List.of(spaced.trim().split("\\s+"));
			case Collection<?> list -> list;
			default -> List.of();
		};
		Set<String> scopes = new LinkedHashSet<>();
		values.forEach(value -> {
			String scope = String.valueOf(value);
			if (!scope.isBlank()) {
				scopes.add(scope);
			}
		});
		return Set.copyOf(scopes);
	}

}
