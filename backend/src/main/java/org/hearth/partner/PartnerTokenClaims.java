package org.hearth.partner;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * What a partner's access token says, written here when it is issued (and read back by the access package's
 * {@code CurrentCaller} when it is presented): {@code client_id}, {@code agency_id} (the client's agency) and
 * {@code scope} (space-separated, as RFC 9068 has it), besides the standard {@code sub}, {@code aud}, {@code iat},
 * {@code exp} and {@code jti}.
 */
@Component
public class PartnerTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	public static final String CLIENT_ID = "client_id";

	public static final String AGENCY_ID = "agency_id";

	public static final String SCOPE = "scope";

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

}
