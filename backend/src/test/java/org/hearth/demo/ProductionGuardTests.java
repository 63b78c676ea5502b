package org.hearth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import org.hearth.demo.ProductionGuardRepository.Credential;
import org.hearth.embedded.EmbeddedDatabaseAutoConfiguration.EmbeddedDatabaseConnectionDetails;
import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The production guard's rules, run against the demo (this test context: demo data, embedded database unless a
 * Testcontainers MySQL is in use). The guard itself only exists in the prod profile.
 */
class ProductionGuardTests extends HearthIntegrationTests {

	@Autowired
	private ProductionGuardService guard;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ObjectProvider<EmbeddedDatabaseConnectionDetails> embeddedDatabase;

	@Test
	void the_guard_reports_every_demo_credential_and_setting_of_the_demo() {
		List<String> problems = this.guard.problems();

		assertThat(problems).contains("demo data is switched on (hearth.demo-data.enabled=true)",
				"accounts with the demo password 'hearth-demo': alex, casey, dana, hub, morgan, sam",
				"partner clients with the demo secret: school-mis");
		if (this.embeddedDatabase.getIfAvailable() != null) {
			assertThat(problems)
				.contains("the embedded database is in use (set SPRING_DATASOURCE_URL to a MySQL server)");
		}
	}

	@Test
	void outside_the_prod_profile_the_guard_does_not_stop_the_demo_from_starting() {
		assertThat(this.context.getEnvironment().getActiveProfiles()).doesNotContain("prod");
		assertThat(this.context.getBeanNamesForType(ProductionGuard.class)).isEmpty();
	}

	@Test
	void real_credentials_and_settings_raise_nothing() {
		PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		var repository = new FixedCredentials(
				List.of(new Credential("sam", passwords.encode("a long real passphrase")),
						new Credential("legacy", "not a hash this encoder reads")),
				List.of(new Credential("school-mis", passwords.encode("a real secret"))));
		var properties = new DemoDataProperties(false);
		var service = new ProductionGuardService(repository, passwords, properties, noEmbeddedDatabase());

		assertThat(service.problems()).isEmpty();
	}

	@Test
	void a_copy_of_a_demo_account_under_another_name_is_reported_too() {
		PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String demoHash = passwords.encode(ProductionGuardService.DEMO_PASSWORD);
		var repository = new FixedCredentials(List.of(new Credential("sam", demoHash),
				new Credential("sam-copy", demoHash)), List.of());
		var service = new ProductionGuardService(repository, passwords, new DemoDataProperties(null),
				noEmbeddedDatabase());

		assertThat(service.problems()).containsExactly("accounts with the demo password 'hearth-demo': sam, sam-copy");
	}

	private static ObjectProvider<EmbeddedDatabaseConnectionDetails> noEmbeddedDatabase() {
		return new DefaultListableBeanFactory().getBeanProvider(EmbeddedDatabaseConnectionDetails.class);
	}

	/** The repository's answers, fixed (the SQL itself is exercised by the demo database test above). */
	private static final class FixedCredentials extends ProductionGuardRepository {

		private final List<Credential> accounts;

		private final List<Credential> clients;

		FixedCredentials(List<Credential> accounts, List<Credential> clients) {
			super(null);
			this.accounts = accounts;
			this.clients = clients;
		}

		@Override
		List<Credential> accountsNamedOrSharingAHashWith(Collection<String> usernames) {
			return this.accounts;
		}

		@Override
		List<Credential> partnerClients() {
			return this.clients;
		}

	}

}
