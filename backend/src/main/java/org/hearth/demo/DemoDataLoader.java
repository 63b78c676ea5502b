package org.hearth.demo;

import java.time.Clock;

import org.hearth.embedded.EmbeddedDatabaseAutoConfiguration.EmbeddedDatabaseConnectionDetails;
import org.hearth.episode.EpisodeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo data once, on the first start against an empty database, when it is enabled. */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoDataProperties properties;

	private final ObjectProvider<EmbeddedDatabaseConnectionDetails> embedded;

	private final DemoDataRepository repository;

	private final EpisodeService episodes;

	private final PasswordEncoder passwords;

	private final Clock clock;

	DemoDataLoader(DemoDataProperties properties, ObjectProvider<EmbeddedDatabaseConnectionDetails> embedded,
			DemoDataRepository repository, EpisodeService episodes, PasswordEncoder passwords, Clock clock) {
		this.properties = properties;
		this.embedded = embedded;
		this.repository = repository;
		this.episodes = episodes;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean enabled = (this.properties.enabled() != null) ? this.properties.enabled()
				: this.embedded.getIfAvailable() != null;
		if (!enabled || !this.repository.isEmpty()) {
			return;
		}
		new DemoData(this.repository, this.passwords, this.clock).load();
		this.episodes.refreshNextDue(this.repository.episodeIds());
		log.info("Loaded demo data: sign in as sam, alex, morgan, hub, casey or dana with password '{}'",
				DemoData.PASSWORD);
	}

}
