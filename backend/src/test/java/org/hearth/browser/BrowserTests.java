package org.hearth.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.hearth.support.HearthIntegrationTests;
import org.hearth.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The single-page app in a real browser: headless Chromium (Debian's package) driven by playwright-core runs the
 * scenarios in {@code frontend/e2e/} against this test server, which serves the production build of the app. The
 * scenarios that make families and change plans do it as two workers of their own ({@value #WORKER} and
 * {@value #PARTNER}, made here), so nothing they add changes what the demo's people see in other tests.
 */
class BrowserTests extends HearthIntegrationTests {

	static final String WORKER = "e2e-worker";

	static final String PARTNER = "e2e-partner";

	static final String WORKER_NAME = "Robin Hale";

	static final String PARTNER_NAME = "Kit Moreno";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	@BeforeEach
	void twoWorkersOfTheScenariosOwn() {
		if (!this.dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(WORKER))) {
			UUID worker = this.fixtures.practitioner(WORKER, this.fixtures.newAgency("Scenario Early Help"), null);
			UUID partner = this.fixtures.practitioner(PARTNER, this.fixtures.newAgency("Scenario School"), null);
			this.dsl.update(PRACTITIONER)
				.set(PRACTITIONER.NAME, WORKER_NAME)
				.set(PRACTITIONER.JOB_TITLE, "Family support worker")
				.set(PRACTITIONER.PHONE, "07700 900555")
				.set(PRACTITIONER.EMAIL, "robin.hale@example.org")
				.where(PRACTITIONER.ID.eq(worker))
				.execute();
			this.dsl.update(PRACTITIONER)
				.set(PRACTITIONER.NAME, PARTNER_NAME)
				.set(PRACTITIONER.JOB_TITLE, "Pastoral lead")
				.where(PRACTITIONER.ID.eq(partner))
				.execute();
		}
	}

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
	void a_whole_first_home_visit_from_the_check_to_the_closing_is_done_on_the_tablet()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/home-visit.test.mjs");
	}

	@Test
	void every_screen_meets_wcag_2_2_aa_at_tablet_sizes_in_both_orientations() throws IOException, InterruptedException {
		runScenarios("frontend/e2e/accessibility.test.mjs");
	}

	@Test
	void a_family_member_signs_consent_on_the_tablet_and_the_signature_is_kept_with_it()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/consent.test.mjs");
	}

	@Test
	void asking_for_early_help_checks_for_an_existing_plan_first_then_opens_the_new_family()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/request.test.mjs");
	}

	@Test
	void a_family_is_assessed_with_the_childs_three_houses_and_a_smart_plan_is_built_on_the_tablet()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/assessment.test.mjs");
	}

	@Test
	void meetings_a_review_a_handover_and_closing_reach_the_server_and_a_review_too_far_off_is_refused_at_its_field()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/meetings.test.mjs");
	}

	@Test
	void a_safeguarding_referral_is_recorded_from_the_request_for_a_new_family_and_from_a_familys_page()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/safeguarding.test.mjs");
	}

	@Test
	void consent_withdrawn_a_review_brought_forward_offline_and_the_team_changed_reach_the_server()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/steps.test.mjs");
	}

	/** Runs one scenario file with Node's test runner; every scenario in it must pass. */
	@Test
	void managers_and_the_early_help_team_see_the_figures_the_server_has_and_timescales_kept()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/oversight.test.mjs");
	}

	@Test
	void the_early_help_team_reads_the_retention_policy_and_runs_and_puts_a_family_on_legal_hold_and_releases_it()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/retention.test.mjs");
	}

	@Test
	void reminders_are_switched_off_and_on_by_a_worker_and_the_early_help_team_reads_failed_deliveries()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/reminders.test.mjs");
	}

	@Test
	void contact_agreement_is_recorded_on_the_family_page_and_the_family_member_sees_where_reminders_go_and_switches_them()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/contact.test.mjs");
	}

	@Test
	void the_family_view_reads_easily() throws IOException, InterruptedException {
		runScenarios("frontend/e2e/reading-ease.test.mjs");
	}

	@Test
	void a_family_member_sees_only_their_own_plan_on_a_phone_marks_their_job_done_and_comments()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/family-view.test.mjs");
	}

	@Test
	void the_early_help_team_produces_a_subject_access_record_and_reads_and_exports_who_saw_a_family()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/records.test.mjs");
	}

	@Test
	void the_early_help_team_reads_the_supporting_families_report_for_a_period_and_downloads_it_as_files()
			throws IOException, InterruptedException {
		runScenarios("frontend/e2e/reporting.test.mjs");
	}

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
		builder.environment().put("HEARTH_E2E_WORKER", WORKER);
		builder.environment().put("HEARTH_E2E_PARTNER", PARTNER);
		builder.environment().put("HEARTH_E2E_WORKER_NAME", WORKER_NAME);
		builder.environment().put("HEARTH_E2E_PARTNER_NAME", PARTNER_NAME);
		Process run = builder.start();
		boolean finished = run.waitFor(10, TimeUnit.MINUTES);
		if (!finished) {
			run.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println(output);
		assertThat(finished).as("%s finished within 10 minutes", file).isTrue();
		assertThat(run.exitValue()).as("%s passed:%n%s", file, output).isZero();
		assertThat(output).contains("# fail 0").doesNotContain("# pass 0");
	}

}
