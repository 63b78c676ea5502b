package org.hearth.embedded;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded MariaDB that runs when no {@code spring.datasource.url} is configured.
 *
 * @param enabled {@code false} refuses to start without a configured database (read by the auto-configuration's
 * condition; bound here so it is documented and checked like the others)
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
@Validated
@ConfigurationProperties("hearth.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue(".hearth/mariadb") Path directory, @DefaultValue("0") @PositiveOrZero @Max(65535) int port,
		@DefaultValue("hearth") @NotBlank String databaseName, @DefaultValue("512MB") DataSize bufferPoolSize,
		@DefaultValue("false") boolean flushLogAtCommit, @DefaultValue List<@Pattern(regexp = "--.+",
				message = "must be a mariadbd option starting with --") String> serverOptions) {

	public EmbeddedDatabaseProperties {
		if (bufferPoolSize.toMegabytes() < 32) {
			throw new IllegalArgumentException("hearth.embedded-database.buffer-pool-size must be at least 32MB");
		}
		serverOptions = List.copyOf(serverOptions);
	}
}
