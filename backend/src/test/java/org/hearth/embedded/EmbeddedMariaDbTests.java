package org.hearth.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

/**
 * The embedded database after a run that could not stop it (the app killed with {@code kill -9}): its server still
 * runs and holds the data directory, and the next run must start all the same, on the same data.
 */
class EmbeddedMariaDbTests {

	@Test
	void a_server_an_earlier_run_left_running_is_stopped_and_the_next_run_starts_on_the_same_data() throws Exception {
		Path directory = Path.of("target", "left-running-mariadb");
		FileSystemUtils.deleteRecursively(directory);
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(true, directory, 0, "hearth",
				DataSize.ofMegabytes(32), false, List.of());
		EmbeddedMariaDb earlier = EmbeddedMariaDb.start(properties);
		query(earlier, "create database left_running");
		long leftRunning = Long
			.parseLong(Files.readString(EmbeddedMariaDb.pidFile(directory.toAbsolutePath().normalize())).strip());

		// The earlier run is never stopped, as when its JVM was killed.
		EmbeddedMariaDb next = EmbeddedMariaDb.start(properties);
		try {
			assertThat(ProcessHandle.of(leftRunning).filter(ProcessHandle::isAlive)).as("the server left running")
				.isEmpty();
			assertThat(query(next, "select count(*) from information_schema.schemata where schema_name = 'left_running'"))
				.as("the earlier run's data, on the next run's server")
				.isEqualTo("1");
		}
		finally {
			next.stop();
		}
	}

	private static String query(EmbeddedMariaDb db, String sql) throws Exception {
		try (Connection connection = DriverManager
			.getConnection("jdbc:mysql://127.0.0.1:" + db.port() + "/mysql?useSSL=false", "root", "")) {
			if (!sql.startsWith("select")) {
				connection.createStatement().execute(sql);
				return "";
			}
			try (ResultSet result = connection.createStatement().executeQuery(sql)) {
				result.next();
				return result.getString(1);
			}
		}
	}

}
