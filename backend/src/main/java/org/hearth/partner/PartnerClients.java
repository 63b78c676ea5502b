package org.hearth.partner;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The authorization server's view of the {@code partner_client} table: each enabled partner client is a confidential
 * client allowed the client-credentials grant only, with its secret checked against the stored hash (HTTP Basic or
 * form parameters) and its agency carried to the token by {@link PartnerTokenClaims}. A disabled or unknown client is
 * not found, so it gets {@code invalid_client} and no token.
 */
@Component
class PartnerClients implements RegisteredClientRepository {

	/** The client setting holding the client's agency (a UUID). */
	static final String AGENCY_ID_SETTING = "hearth.agency-id";

	private final PartnerClientRepository clients;

	private final TokenSettings tokenSettings;

	PartnerClients(PartnerClientRepository clients, TokenSettings partnerTokenSettings) {
		this.clients = clients;
		this.tokenSettings = partnerTokenSettings;
	}

	@Override
	public @Nullable RegisteredClient findById(String id) {
		return parse(id).flatMap(this.clients::findById)
			.filter(PartnerClient::enabled)
			.map(this::registered)
			.orElse(null);
	}

	@Override
	public @Nullable RegisteredClient findByClientId(String clientId) {
		return this.clients.findByClientId(clientId)
			.filter(PartnerClient::enabled)
			.map(this::registered)
			.orElse(null);
	}

	/**
	 * Only ever called by the authorization server to store a re-hashed secret (after a sign-in with a secret whose
	 * hash is weaker than the encoder's current default). Clients are registered in the table, not here.
	 */
	@Override
	public void save(RegisteredClient client) {
		UUID id = parse(client.getId())
			.orElseThrow(() -> new UnsupportedOperationException("Partner clients are registered in partner_client"));
		if (client.getClientSecret() == null || !this.clients.updateSecretHash(id, client.getClientSecret())) {
			throw new UnsupportedOperationException("Partner clients are registered in partner_client");
		}
	}

	private RegisteredClient registered(PartnerClient client) {
		return RegisteredClient.withId(client.id().toString())
			.clientId(client.clientId())
			.clientName(client.clientId())
			.clientSecret(client.secretHash())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes(scopes -> scopes.addAll(client.scopes()))
			.clientSettings(ClientSettings.builder()
				.requireAuthorizationConsent(false)
				.setting(AGENCY_ID_SETTING, client.agencyId())
				.build())
			.tokenSettings(this.tokenSettings)
			.build();
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException notOurs) {
			return Optional.empty();
		}
	}

}
