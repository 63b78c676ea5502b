package org.hearth.partner;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The RSA key that signs partner tokens: read from {@code hearth.partner-tokens.signing-key-location}, or generated
 * when none is configured (and the configuration allows that). The key id is the key's RFC 7638 thumbprint, so every
 * instance with the same key names it the same way.
 */
final class PartnerTokenKeys {

	private static final Logger log = LoggerFactory.getLogger(PartnerTokenKeys.class);

	static final int MINIMUM_BITS = 2048;

	private PartnerTokenKeys() {
	}

	static RSAKey signingKey(PartnerTokenProperties properties) {
		Resource location = properties.signingKeyLocation();
		if (location == null) {
			if (properties.signingKeyRequired()) {
				throw new IllegalStateException("""
						No signing key for partner tokens: set hearth.partner-tokens.signing-key-location \
						(HEARTH_PARTNER_TOKENS_SIGNING_KEY_LOCATION) to an RSA private key in PKCS#8 PEM, e.g. \
						file:/etc/hearth/partner-token-key.pem, made with \
						'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out partner-token-key.pem'. \
						Every instance needs the same key (see docs/integrating.md).""");
			}
			log.warn("No hearth.partner-tokens.signing-key-location: signing partner tokens with a key generated at "
					+ "start-up. Tokens will not survive a restart or work across instances; configure a key for "
					+ "anything but a single demo or development instance.");
			return generated();
		}
		return read(location);
	}

	private static RSAKey read(Resource location) {
		if (!location.exists()) {
			throw new IllegalStateException(
					"hearth.partner-tokens.signing-key-location: " + location.getDescription() + " does not exist");
		}
		RSAPrivateKey privateKey;
		try (InputStream pem = location.getInputStream()) {
			privateKey = RsaKeyConverters.pkcs8().convert(pem);
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalStateException("hearth.partner-tokens.signing-key-location: " + location.getDescription()
					+ " is not an unencrypted RSA private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----): "
					+ ex.getMessage(), ex);
		}
		if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
			throw new IllegalStateException("hearth.partner-tokens.signing-key-location: " + location.getDescription()
					+ " lacks the public exponent (not a full RSA private key)");
		}
		if (crt.getModulus().bitLength() < MINIMUM_BITS) {
			throw new IllegalStateException("hearth.partner-tokens.signing-key-location: " + location.getDescription()
					+ " is a " + crt.getModulus().bitLength() + "-bit key; use " + MINIMUM_BITS + " bits or more");
		}
		try {
			RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
			RSAKey key = jwk(publicKey, privateKey);
			log.info("Signing partner tokens with the key in {} (kid {})", location.getDescription(), key.getKeyID());
			return key;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot derive the public key of " + location.getDescription(), ex);
		}
	}

	private static RSAKey generated() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(MINIMUM_BITS);
			var pair = generator.generateKeyPair();
			return jwk((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an RSA key for partner tokens", ex);
		}
	}

	private static RSAKey jwk(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
		try {
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot compute the key id of the partner token key", ex);
		}
	}

}
