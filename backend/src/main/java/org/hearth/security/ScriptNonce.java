package org.hearth.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The request's Content-Security-Policy nonce: a fresh random value per request, which the policy names and every
 * inline script of the page carries. Whoever asks first (the header writer or the page) makes it.
 */
final class ScriptNonce {

	private static final String ATTRIBUTE = ScriptNonce.class.getName();

	private static final SecureRandom random = new SecureRandom();

	private ScriptNonce() {
	}

	static String of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String nonce) {
			return nonce;
		}
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(ATTRIBUTE, nonce);
		return nonce;
	}

}
