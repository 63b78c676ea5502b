package org.hearth.embedded;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The embedded MariaDB that runs when no {@code spring.datasource.url} is configured.
 *
 * @param directory where its binaries and data live; kept across restarts (and outside {@code target/}, so across
 * {@code mvn clean} too)
 * @param port the TCP port, 0 for any free one
 * @param databaseName the schema Hearth uses
 * @param bufferPoolSize InnoDB's cache of data and indexes: big enough for a demo or a benchmark's 100,000 families
 * to be read from memory (MariaDB's own default, 128 MB, is not)
 * @param flushLogAtCommit whether each commit waits for the redo log to reach the disk; off, the log is flushed once
 * a second, so an audited read does not wait for a disk sync (a crash of the machine may lose the last second, which
 * a development database can afford; a production MySQL keeps its own, durable, settings)
 * @param serverOptions further {@code mariadbd} options, e.g. {@code --max-connections=300}
 */
@ConfigurationProperties("hearth.embedded-database")
public record EmbeddedDatabaseProperties(Path directory, int port, String databaseName, DataSize bufferPoolSize,
		boolean flushLogAtCommit, List<String> serverOptions) {

	public EmbeddedDatabaseProperties {
		if (directory == null) {
			directory = Path.of(".hearth", "mariadb");
		}
		if (databaseName == null || databaseName.isBlank()) {
			databaseName = "hearth";
		}
		if (bufferPoolSize == null) {
			bufferPoolSize = DataSize.ofMegabytes(512);
		}
		if (bufferPoolSize.toMegabytes() < 32) {
			throw new IllegalArgumentException("hearth.embedded-database.buffer-pool-size must be at least 32MB");
		}
		serverOptions = (serverOptions == null) ? List.of() : List.copyOf(serverOptions);
		for (String option : serverOptions) {
			if (!option.startsWith("--")) {
				throw new IllegalArgumentException(
						"hearth.embedded-database.server-options: '" + option + "' is not a --option");
			}
		}
	}

}
