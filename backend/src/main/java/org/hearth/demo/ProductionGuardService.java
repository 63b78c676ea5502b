package org.hearth.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hearth.demo.ProductionGuardRepository.Credential;
import org.hearth.embedded.EmbeddedDatabaseAutoConfiguration.EmbeddedDatabaseConnectionDetails;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * What makes a deployment unfit for real families' data: anything of the demo still in place. The demo's
 * credentials are public (README), so an account or partner client still using them is open to anyone.
 * <p>
 * Accounts are checked by name (the demo's usernames) and by copies of their stored hash, not all of them: each check
 * is a deliberately slow hash, and a council has thousands of accounts. Partner clients are few and all checked.
 */
@Service
class ProductionGuardService {

	/** The demo's password and partner secret and its usernames, as the demo data and README give them. */
	static final String DEMO_PASSWORD = "hearth-demo";

	static final String DEMO_PARTNER_SECRET = "school-mis-secret";

	static final Set<String> DEMO_USERNAMES = Set.of("sam", "alex", "morgan", "hub", "casey", "dana");

	private final ProductionGuardRepository repository;

	private final PasswordEncoder passwords;

	private final DemoDataProperties demoData;

	private final ObjectProvider<EmbeddedDatabaseConnectionDetails> embeddedDatabase;

	ProductionGuardService(ProductionGuardRepository repository, PasswordEncoder passwords, DemoDataProperties demoData,
			ObjectProvider<EmbeddedDatabaseConnectionDetails> embeddedDatabase) {
		this.repository = repository;
		this.passwords = passwords;
		this.demoData = demoData;
		this.embeddedDatabase = embeddedDatabase;
	}

	/** Each thing of the demo found, in words; empty when there is none. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (Boolean.TRUE.equals(this.demoData.enabled())) {
			problems.add("demo data is switched on (hearth.demo-data.enabled=true)");
		}
		if (this.embeddedDatabase.getIfAvailable() != null) {
			problems.add("the embedded database is in use (set SPRING_DATASOURCE_URL to a MySQL server)");
		}
		List<String> accounts = matching(this.repository.accountsNamedOrSharingAHashWith(DEMO_USERNAMES),
				DEMO_PASSWORD);
		if (!accounts.isEmpty()) {
			problems.add("accounts with the demo password '%s': %s".formatted(DEMO_PASSWORD, String.join(", ", accounts)));
		}
		List<String> clients = matching(this.repository.partnerClients(), DEMO_PARTNER_SECRET);
		if (!clients.isEmpty()) {
			problems.add("partner clients with the demo secret: %s".formatted(String.join(", ", clients)));
		}
		return problems;
	}

	private List<String> matching(List<Credential> credentials, String demoSecret) {
		return credentials.stream()
			.filter(credential -> matches(demoSecret, credential.hash()))
			.map(Credential::name)
			.toList();
	}

	private boolean matches(String secret, String hash) {
		try {
			return this.passwords.matches(secret, hash);
		}
		catch (IllegalArgumentException unreadableHash) {
			return false;
		}
	}

}
