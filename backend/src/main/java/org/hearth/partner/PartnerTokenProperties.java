package org.hearth.partner;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The access tokens partner systems get from {@code POST /oauth2/token} (see docs/integrating.md).
 *
 * @param timeToLive how long a token is accepted; a partner asks for a new one when it runs out. Short, because a
 * token cannot be revoked: disabling a client stops new tokens, not the ones already issued.
 * @param signingKeyLocation an RSA private key (PKCS#8 PEM, {@code -----BEGIN PRIVATE KEY-----}, 2048 bits or more)
 * that signs the tokens and, through its public half, checks them: {@code file:/etc/hearth/partner-token-key.pem}, or
 * {@code base64:} followed by the PEM file base64-encoded (for an environment variable).
 * Every instance behind a load balancer needs the same key. Unset: a key is generated at start-up, so tokens die
 * with the instance that issued them.
 * @param signingKeyRequired refuse to start without {@code signingKeyLocation} (the production profile sets it)
 */
@Validated
@ConfigurationProperties("hearth.partner-tokens")
public record PartnerTokenProperties(@DefaultValue("10m") @DurationMin(seconds = 1) Duration timeToLive,
		@Nullable Resource signingKeyLocation, boolean signingKeyRequired) {
}
