package org.hearth.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MariaDB that runs when no {@code spring.datasource.url} is configured.
 *
 * @param directory where its binaries and data live; kept across restarts (and outside {@code target/}, so across
 * {@code mvn clean} too)
 * @param port the TCP port, 0 for any free one
 * @param databaseName the schema Hearth uses
 */
@ConfigurationProperties("hearth.embedded-database")
public record EmbeddedDatabaseProperties(Path directory, int port, String databaseName) {

	public EmbeddedDatabaseProperties {
		if (directory == null) {
			directory = Path.of(".hearth", "mariadb");
		}
		if (databaseName == null || databaseName.isBlank()) {
			databaseName = "hearth";
		}
	}

}
