package org.hearth.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Counts every statement the database server receives, from the server's own counter ({@code Questions}, the same
 * on MySQL 8.4 and MariaDB): jOOQ's queries, and also what no jOOQ listener sees, such as the driver's
 * {@code SET autocommit}, {@code SET SESSION TRANSACTION READ ONLY} and {@code COMMIT}. The counter covers every
 * connection, so it is read over a connection of its own (not the application's pool), its own statements are taken
 * off, and a count is only taken once the server is quiet.
 */
public class StatementCounter implements AutoCloseable {

	/** How long the server must receive nothing but our own readings to count as quiet. */
	private static final Duration QUIET = Duration.ofMillis(300);

	private static final Duration MAX_WAIT_FOR_QUIET = Duration.ofSeconds(20);

	private final Connection connection;

	/** What one reading of the counter adds to it (the SHOW statement itself). */
	private final long perReading;

	private long start;

	public StatementCounter(JdbcConnectionDetails database) {
		try {
			this.connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
					database.getPassword());
			long first = questions();
			this.perReading = questions() - first;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot open the statement counter's own connection", ex);
		}
	}

	/** Starts counting from now, once nothing else is talking to the server. */
	public void reset() {
		awaitQuiet();
		this.start = questions();
	}

	/** Statements the server received since {@link #reset()}, without the counter's own. */
	public int count() {
		return (int) (questions() - this.start - this.perReading);
	}

	/** The statements the server receives while the action runs; fails if anything else ran meanwhile. */
	public int countDuring(Runnable action) {
		reset();
		action.run();
		int count = count();
		// A statement still arriving now (a straggler of the action, or another client) means the count is unsound.
		long after = questions();
		sleep(QUIET);
		long late = questions() - after - this.perReading;
		if (late != 0) {
			throw new IllegalStateException("%d statements reached the server after the action had finished"
				.formatted(late));
		}
		return count;
	}

	/**
	 * Waits until the server has received nothing but this counter's readings for {@link #QUIET}: no other test, no
	 * pool housekeeping, no late statement of the last request.
	 */
	private void awaitQuiet() {
		long deadline = System.nanoTime() + MAX_WAIT_FOR_QUIET.toNanos();
		List<Long> noise = new ArrayList<>();
		while (System.nanoTime() < deadline) {
			long before = questions();
			sleep(QUIET);
			long others = questions() - before - this.perReading;
			if (others == 0) {
				return;
			}
			noise.add(others);
		}
		throw new IllegalStateException("The database server never went quiet for %s: other clients sent %s statements"
			.formatted(QUIET, noise));
	}

	private long questions() {
		try (Statement statement = this.connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
			result.next();
			return result.getLong(2);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the server's statement counter", ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
