package org.hearth.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

class PartnerTokenKeysTests {

	@TempDir
	Path folder;

	@Test
	void without_a_configured_key_one_is_generated() {
		RSAKey key = PartnerTokenKeys.signingKey(new PartnerTokenProperties(Duration.ofMinutes(10), null, false));
		assertThat(key.isPrivate()).isTrue();
		assertThat(key.size()).isGreaterThanOrEqualTo(2048);
	}

	@Test
	void a_required_key_that_is_not_configured_stops_the_start_with_a_clear_message() {
		assertThatIllegalStateException()
			.isThrownBy(() -> PartnerTokenKeys.signingKey(new PartnerTokenProperties(Duration.ofMinutes(10), null, true)))
			.withMessageContaining("hearth.partner-tokens.signing-key-location")
			.withMessageContaining("openssl genpkey");
	}

	@Test
	void the_production_profile_requires_a_configured_key() throws IOException {
		Properties prod = new Properties();
		try (InputStream in = new ClassPathResource("application-prod.properties").getInputStream()) {
			prod.load(in);
		}
		assertThat(prod.getProperty("hearth.partner-tokens.signing-key-required")).isEqualTo("true");
	}

	@Test
	void a_configured_pkcs8_key_is_read_with_its_public_half_and_a_stable_key_id() throws Exception {
		Path pem = pkcs8Pem(2048);
		RSAKey first = PartnerTokenKeys.signingKey(configured(pem));
		RSAKey second = PartnerTokenKeys.signingKey(configured(pem));
		assertThat(first.isPrivate()).isTrue();
		assertThat(first.toRSAPublicKey().getModulus()).isEqualTo(first.toRSAPrivateKey().getModulus());
		assertThat(first.getKeyID()).isEqualTo(first.computeThumbprint().toString()).isEqualTo(second.getKeyID());
	}

	@Test
	void a_short_missing_or_malformed_key_is_refused() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> PartnerTokenKeys.signingKey(configured(pkcs8Pem(1024))))
			.withMessageContaining("1024-bit");
		assertThatIllegalStateException()
			.isThrownBy(() -> PartnerTokenKeys.signingKey(configured(this.folder.resolve("absent.pem"))))
			.withMessageContaining("does not exist");
		Path notPem = Files.writeString(this.folder.resolve("not.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n");
		assertThatIllegalStateException().isThrownBy(() -> PartnerTokenKeys.signingKey(configured(notPem)))
			.withMessageContaining("PKCS#8");
	}

	private static PartnerTokenProperties configured(Path pem) {
		return new PartnerTokenProperties(Duration.ofMinutes(10), new FileSystemResource(pem), true);
	}

	private Path pkcs8Pem(int bits) throws NoSuchAlgorithmException, IOException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(bits);
		byte[] der = generator.generateKeyPair().getPrivate().getEncoded();
		String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
				+ "\n-----END PRIVATE KEY-----\n";
		return Files.writeString(this.folder.resolve("key-" + bits + ".pem"), pem);
	}

}
