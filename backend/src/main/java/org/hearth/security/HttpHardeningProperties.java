package org.hearth.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param hstsEnabled send {@code Strict-Transport-Security} (one year, subdomains included) on every response; on in
 * the prod profile only, where Hearth is reached over HTTPS (a TLS-terminating proxy in front is fine: the header is
 * sent whatever scheme the proxy forwards, and browsers ignore it on plain HTTP)
 */
@Validated
@ConfigurationProperties("hearth.http")
public record HttpHardeningProperties(@DefaultValue("false") boolean hstsEnabled) {
}
