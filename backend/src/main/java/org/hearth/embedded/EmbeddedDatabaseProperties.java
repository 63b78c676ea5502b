package org.hearth.embedded;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 */
@Validated
@ConfigurationProperties("hearth.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue(".hearth/mariadb") Path directory, @DefaultValue("0") @PositiveOrZero @Max(65535) int port,
		@DefaultValue("hearth") @NotBlank String databaseName) {
}
