package org.hearth.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The response headers that tell browsers to keep Hearth's pages to themselves, added to Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code Cache-Control: no-store}, {@code X-Frame-Options: DENY}).
 * <p>
 * The Content-Security-Policy is the smallest one the production build of the app runs under with no violation
 * (checked in Chromium: sign in, caseload, reload, sign out):
 * <ul>
 * <li>scripts only from Hearth itself, plus the inline scripts Vaadin writes into {@code index.html} (initial
 * configuration, the CSRF form helper, the list of views), which carry the request's nonce ({@link ScriptNonce},
 * added by {@link ScriptNonceAutoConfiguration}); no {@code eval};</li>
 * <li>styles from Hearth and inline: Vaadin's components and React set {@code style} attributes and add
 * {@code <style>} elements at run time, which neither nonces nor hashes can cover;</li>
 * <li>fonts from Hearth and {@code data:} (Lumo's icon font is a data URL);</li>
 * <li>no plug-ins, no {@code <base>} or form posts elsewhere, never inside a frame.</li>
 * </ul>
 * On {@code localhost} only, Vaadin's development-mode detector tries {@code new Function(...)}; CSP blocks it and
 * the detector carries on (a console entry, no failure). Elsewhere it does not run.
 */
@Component
class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'nonce-{nonce}'; "
			+ "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	private static final long ONE_YEAR = 365L * 24 * 60 * 60;

	private final HttpHardeningProperties properties;

	SecurityHeaders(HttpHardeningProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		// Vaadin commits index.html without Spring Security noticing: headers written when the response is committed
		// (the default) never reach the app's pages. Written at the start, they reach every response.
		headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {

			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}

		});
		headers.addHeaderWriter(SecurityHeaders::writeContentSecurityPolicy)
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
		if (this.properties.hstsEnabled()) {
			headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.maxAgeInSeconds(ONE_YEAR)
				.includeSubDomains(true));
		}
		else {
			headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
		}
	}

	/** A {@link HeaderWriter}: the policy with this request's nonce. */
	private static void writeContentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
		if (!response.containsHeader("Content-Security-Policy")) {
			response.setHeader("Content-Security-Policy",
					CONTENT_SECURITY_POLICY.replace("{nonce}", ScriptNonce.of(request)));
		}
	}

}
