package org.hearth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.db.jooq.Tables.EPISODE;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;

/** The migrations apply, and the schema itself refuses data that breaks the process's rules. */
class SchemaTests extends HearthIntegrationTests {

	@Autowired
	private Flyway flyway;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private Fixtures fixtures;

	@Test
	void every_migration_is_applied() throws IOException {
		int scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration*/V*.sql").length;
		var applied = Arrays.stream(this.flyway.info().applied())
			.filter(migration -> migration.getState() == MigrationState.SUCCESS)
			.count();
		assertThat(scripts).isGreaterThanOrEqualTo(13);
		assertThat(applied).isEqualTo(scripts);
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void a_family_can_have_only_one_open_episode() {
		UUID family = family("SCHEMA-1");
		episode(family, "SCHEMA-EP-1", "ACTIVE", family);
		assertThatThrownBy(() -> episode(family, "SCHEMA-EP-2", "REQUESTED", family))
			.isInstanceOf(DataIntegrityViolationException.class);
		// A closed episode sits beside the open one.
		episode(family, "SCHEMA-EP-3", "CLOSED", null);
	}

	@Test
	void an_episode_open_marker_must_agree_with_its_status() {
		UUID family = family("SCHEMA-2");
		assertThatThrownBy(() -> episode(family, "SCHEMA-EP-4", "CLOSED", family))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> episode(family, "SCHEMA-EP-5", "ACTIVE", null))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> episode(family, "SCHEMA-EP-6", "SOMETHING", family))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void references_are_unique() {
		family("SCHEMA-3");
		assertThatThrownBy(() -> family("SCHEMA-3")).isInstanceOf(DataIntegrityViolationException.class);
	}

	private UUID family(String reference) {
		return this.fixtures.family(reference);
	}

	private void episode(UUID family, String reference, String status, UUID openFamily) {
		this.dsl.insertInto(EPISODE)
			.set(EPISODE.ID, Ids.newId())
			.set(EPISODE.REFERENCE, reference)
			.set(EPISODE.FAMILY_ID, family)
			.set(EPISODE.OPEN_FAMILY_ID, openFamily)
			.set(EPISODE.STATUS, status)
			.set(EPISODE.LEVEL_OF_NEED, "LEVEL_2")
			.set(EPISODE.SOURCE, "PRACTITIONER_REQUEST")
			.set(EPISODE.REQUEST_REASONS, "Schema test")
			.set(EPISODE.OPENED_ON, LocalDate.now())
			.set(EPISODE.CREATED_AT, Instant.now())
			.execute();
	}

}
