package org.hearth.support;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.FileSystemUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The tests' real database: MySQL 8.4 in a container where a Docker engine exists (as on GitHub), otherwise the
 * application's own embedded MariaDB, started afresh for each test run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	/** Where the embedded MariaDB of the tests lives (see HearthIntegrationTests). */
	static final Path EMBEDDED_DIRECTORY = Path.of("target", "test-mariadb");

	/** Each test run starts from an empty database, so the demo data is dated today. */
	static void resetEmbeddedDatabase() {
		try {
			FileSystemUtils.deleteRecursively(EMBEDDED_DIRECTORY.resolve("data"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot reset the test database directory", ex);
		}
	}

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	MySQLContainer mysql() {
		return new MySQLContainer("mysql:8.4").withDatabaseName("hearth");
	}

	static class DockerAvailable implements org.springframework.context.annotation.Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DockerClientFactory.instance().isDockerAvailable();
		}

	}

}
