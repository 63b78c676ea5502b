package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hearth.support.HearthIntegrationTests;
import org.hearth.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The single-page app in a real browser: headless Chromium (Debian's package) driven by playwright-core runs the
 * scenarios in {@code frontend/e2e/} against this test server, which serves the production build of the app. The
 * scenarios make families and change plans as workers do, so they have a database of their own (with the demo data):
 * nothing they add changes what the other tests count.
 */
@TestPropertySource(properties = "hearth.embedded-database.directory=" + TestDatabase.BROWSER_DIRECTORY)
class BrowserTests extends HearthIntegrationTests {

	private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

	private static final Path NODE = REPO.resolve(".node/node");

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	@Test
	void a_practitioner_signs_in_and_sees_their_caseload() throws IOException, InterruptedException {
		runScenarios("frontend/e2e/caseload.test.mjs");
	}

	@Test
	void a_family_member_joins_with_a_code_and_a_locked_account_is_told_so() throws IOException, InterruptedException {
		runScenarios("frontend/e2e/join.test.mjs");
	}

	@Test
	void a_home_visit_on_the_tablet_keeps_every_change_through_no_signal_a_conflict_and_a_lost_session()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/visit.test.mjs");
	}

	@Test
	void meetings_a_review_a_handover_and_closing_reach_the_server_and_a_review_too_far_off_is_refused_at_its_field()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/meetings.test.mjs");
	}

	/** Runs one scenario file with Node's test runner; every scenario in it must pass. */
	private void runScenarios(String file) throws IOException, InterruptedException {
		assertThat(NODE).as("Node 24, provisioned by the Maven build into .node/").isExecutable();
		assertThat(CHROMIUM).as("Chromium for browser tests: apt-get install chromium (or set CHROMIUM_PATH)")
			.isExecutable();
		Path log = Files.createTempFile("hearth-e2e", ".log");
		ProcessBuilder builder = new ProcessBuilder(List.of(NODE.toString(), "--test", "--test-reporter=tap", file))
			.directory(REPO.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("HEARTH_BASE_URL", "http://localhost:" + this.port);
		builder.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
		Process run = builder.start();
		boolean finished = run.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			run.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		assertThat(finished).as("%s finished within 5 minutes", file).isTrue();
		assertThat(run.exitValue()).as("%s passed:%n%s", file, output).isZero();
		assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
	}

}
