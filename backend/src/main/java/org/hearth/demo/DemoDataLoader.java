package org.hearth.demo;

import org.hearth.embedded.EmbeddedDatabaseAutoConfiguration.EmbeddedDatabaseConnectionDetails;
import org.hearth.episode.EpisodeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the demo data once, on the first start against an empty database, when it is enabled. */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoDataProperties properties;

	private final ObjectProvider<EmbeddedDatabaseConnectionDetails> embedded;

	private final DemoDataRepository repository;

	private final DemoData demo;

	private final EpisodeService episodes;

	DemoDataLoader(DemoDataProperties properties, ObjectProvider<EmbeddedDatabaseConnectionDetails> embedded,
			DemoDataRepository repository, DemoData demo, EpisodeService episodes) {
		this.properties = properties;
		this.embedded = embedded;
		this.repository = repository;
		this.demo = demo;
		this.episodes = episodes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean enabled = (this.properties.enabled() != null) ? this.properties.enabled()
				: this.embedded.getIfAvailable() != null;
		if (!enabled || !this.repository.isEmpty()) {
			return;
		}
		this.demo.load();
		// What is due was worked out on the days the histories replayed; today it may be overdue.
		this.episodes.refreshNextDue(this.repository.episodeIds());
		log.info("Loaded demo data: sign in as sam, alex, morgan, hub, casey or dana with password '{}'",
				DemoData.PASSWORD);
	}

}
