package org.hearth.security;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read {@code /actuator/prometheus}: callers from the addresses in {@code hearth.metrics.allowed-addresses}
 * (single addresses or CIDR ranges; loopback by default, so a scraper on the same host, or a sidecar), without signing
 * in. Nobody else, signed in or not: metrics are for the people running Hearth, not its users. Behind a proxy that
 * sets {@code X-Forwarded-For}, with {@code server.forward-headers-strategy} set, the address is the original
 * client's, so the public cannot reach the endpoint through the load balancer; a Prometheus that scrapes each
 * instance directly needs its own address or range listed.
 */
final class MetricsAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final List<IpAddressMatcher> allowed;

	MetricsAccess(Properties properties) {
		this.allowed = properties.allowedAddresses().stream().map(IpAddressMatcher::new).toList();
	}

	boolean allows(HttpServletRequest request) {
		return this.allowed.stream().anyMatch(matcher -> matcher.matches(request));
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(allows(context.getRequest()));
	}

	/**
	 * @param allowedAddresses the addresses (e.g. {@code 10.1.2.3}) and ranges (e.g. {@code 10.1.0.0/16}) allowed to
	 * read the metrics
	 */
	@Validated
	@ConfigurationProperties("hearth.metrics")
	record Properties(@DefaultValue({ "127.0.0.0/8", "::1" }) List<String> allowedAddresses) {
	}

}
