package org.hearth.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Caseload figures and timescale compliance through the app's {@code OversightEndpoint} and GraphQL, with real
 * sign-in: a manager sees each worker they manage with their figures and opens their families, a worker only their own, the Early
 * Help team the whole service team by team or one team; nobody sees a team that is not theirs; and compliance counts
 * what fell due in the period and what was done by its day.
 */
class OversightTests extends HearthIntegrationTests {

	private static final String OVERSIGHT = "OversightEndpoint/oversight";

	private static final String TEAM_OVERSIGHT = "OversightEndpoint/teamOversight";

	private static final String COMPLIANCE = "OversightEndpoint/compliance";

	private static final String WORKER_FAMILIES = "OversightEndpoint/workerFamilies";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private record Team(String prefix, UUID manager, UUID ada, UUID bo) {

		String worker(String who) {
			return "Test " + this.prefix + "-" + who;
		}

	}

	/**
	 * A manager with two workers: Ada leads two open families (one asked for and not yet allocated, one active with
	 * an action due in a week) and a closed one; Bo leads one.
	 */
	private Team team() {
		String prefix = "ovs-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID manager = this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		UUID ada = this.fixtures.practitioner(prefix + "-ada", agency, manager);
		UUID bo = this.fixtures.practitioner(prefix + "-bo", agency, manager);
		UUID adaFirst = episodeLedBy(prefix + "-A1", ada);
		UUID adaSecond = episodeLedBy(prefix + "-A2", ada);
		this.dsl.update(EPISODE).set(EPISODE.STATUS, "REQUESTED").where(EPISODE.ID.eq(adaSecond)).execute();
		UUID adaClosed = episodeLedBy(prefix + "-A3", ada);
		this.fixtures.close(adaClosed, ada, "Family hub");
		episodeLedBy(prefix + "-B1", bo);
		UUID outcome = this.fixtures.outcome(adaFirst, null, "EDUCATION");
		this.fixtures.action(outcome, this.fixtures.leadMemberOf(adaFirst));
		return new Team(prefix, manager, ada, bo);
	}

	@Test
	void a_manager_sees_each_worker_they_manage_with_their_figures_and_families() {
		Team team = team();
		// The action was due in a week; ten days on, it is overdue.
		this.clock.advance(Duration.ofDays(10));

		callEndpoint(signIn(team.prefix() + "-manager", DEMO_PASSWORD), OVERSIGHT, Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.scope").isEqualTo("TEAM")
			.jsonPath("$.teams.length()").isEqualTo(1)
			.jsonPath("$.teams[0].managerName").isEqualTo(team.worker("manager"))
			.jsonPath("$.teams[0].workers[*].name").isEqualTo(List.of(team.worker("ada"), team.worker("bo")))
			.jsonPath("$.teams[0].workers[0].figures.openEpisodes").isEqualTo(2)
			.jsonPath("$.teams[0].workers[0].figures.requested").isEqualTo(1)
			.jsonPath("$.teams[0].workers[0].figures.active").isEqualTo(1)
			.jsonPath("$.teams[0].workers[0].figures.overdueActions").isEqualTo(1)
			.jsonPath("$.teams[0].workers[0].figures.awaitingAllocation").isEqualTo(1)
			.jsonPath("$.teams[0].workers[1].figures.openEpisodes").isEqualTo(1)
			.jsonPath("$.teams[0].workers[1].figures.overdueActions").isEqualTo(0)
			// The figures come without the families: those are read when the manager opens a worker.
			.jsonPath("$.teams[0].workers[0].families").doesNotExist()
			.jsonPath("$.totals.openEpisodes").isEqualTo(3);
	}

	@Test
	void a_manager_opens_a_workers_families_most_urgent_first_and_no_one_elses() {
		Team team = team();
		Team other = team();
		this.clock.advance(Duration.ofDays(10));
		Session manager = signIn(team.prefix() + "-manager", DEMO_PASSWORD);

		callEndpoint(manager, WORKER_FAMILIES, Map.of("practitionerId", team.ada().toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2)
			// Most urgent first: the family with the overdue action.
			.jsonPath("$[0].episodeReference").isEqualTo("E-" + team.prefix() + "-A1")
			.jsonPath("$[0].overdue").value(List.class, overdue -> assertThat(overdue).contains("1 action"));
		callEndpoint(manager, WORKER_FAMILIES, Map.of("practitionerId", team.bo().toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].episodeReference").isEqualTo(List.of("E-" + team.prefix() + "-B1"));
		// Another manager's worker, and a worker asking for a colleague: refused, with nothing of theirs.
		callEndpoint(manager, WORKER_FAMILIES, Map.of("practitionerId", other.ada().toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("You may not do this: Only the families of a worker in your own figures can be listed.");
		callEndpoint(signIn(team.prefix() + "-ada", DEMO_PASSWORD), WORKER_FAMILIES,
				Map.of("practitionerId", team.bo().toString()))
			.expectStatus()
			.isBadRequest();
		callEndpoint(signIn("dana", DEMO_PASSWORD), WORKER_FAMILIES, Map.of("practitionerId", team.ada().toString()))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void a_worker_sees_only_their_own_figures_and_no_team() {
		Team team = team();
		Session ada = signIn(team.prefix() + "-ada", DEMO_PASSWORD);

		callEndpoint(ada, OVERSIGHT, Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.scope").isEqualTo("OWN")
			.jsonPath("$.teams[0].workers[*].name").isEqualTo(List.of(team.worker("ada")))
			.jsonPath("$.totals.openEpisodes").isEqualTo(2);
		callEndpoint(ada, TEAM_OVERSIGHT, Map.of("managerId", team.manager().toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("You may not do this: Only managers and the Early Help team see a team's figures.");
	}

	@Test
	void a_manager_may_not_see_another_managers_team_nor_a_family_member_any() {
		Team team = team();
		Team other = team();

		callEndpoint(signIn(other.prefix() + "-manager", DEMO_PASSWORD), TEAM_OVERSIGHT,
				Map.of("managerId", team.manager().toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message").isEqualTo("You may not do this: A manager sees their own team's figures only.")
			.jsonPath("$.teams").doesNotExist();
		callEndpoint(signIn("dana", DEMO_PASSWORD), OVERSIGHT, Map.of()).expectStatus().isForbidden();
	}

	@Test
	void the_early_help_team_sees_every_team_in_counts_and_can_open_one() {
		Team team = team();
		Session hub = signIn("hub", DEMO_PASSWORD);

		callEndpoint(hub, OVERSIGHT, Map.of())
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.scope").isEqualTo("SERVICE")
			.jsonPath("$.teams[?(@.managerId == '%s')].totals.openEpisodes".formatted(team.manager()))
			.isEqualTo(List.of(3))
			// Counts per team only: the screen opens a team for its workers.
			.jsonPath("$.teams[*].workers[*]").isEmpty();
		callEndpoint(hub, TEAM_OVERSIGHT, Map.of("managerId", team.manager().toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.scope").isEqualTo("TEAM")
			.jsonPath("$.teams[0].workers[0].figures.openEpisodes").isEqualTo(2);
		callEndpoint(hub, WORKER_FAMILIES, Map.of("practitionerId", team.ada().toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.length()").isEqualTo(2);
	}

	@Test
	void compliance_counts_what_fell_due_in_the_period_and_what_was_done_by_its_day() {
		Team team = team();
		LocalDate today = LocalDate.now(this.clock);
		// Policy: assessments within 14 days of starting, the first meeting within 14 of the assessment, the first
		// review 28 days after it; then each review sets the next.
		UUID onTime = ledByBo(team, "C1", today.minusDays(40));
		assessed(onTime, today.minusDays(40), today.minusDays(30));
		meetingHeld(onTime, today.minusDays(18));
		UUID late = ledByBo(team, "C2", today.minusDays(40));
		assessed(late, today.minusDays(40), today.minusDays(20));
		UUID notDone = ledByBo(team, "C3", today.minusDays(40));
		assessed(notDone, today.minusDays(40), null);
		// Its first review fell due before the period; the one after was set for 10 days ago and held 12 days ago.
		UUID reviewed = ledByBo(team, "C4", today.minusDays(100));
		assessed(reviewed, today.minusDays(100), today.minusDays(95));
		meetingHeld(reviewed, today.minusDays(90));
		reviewHeld(reviewed, today.minusDays(60), today.minusDays(10));
		reviewHeld(reviewed, today.minusDays(12), today.plusDays(40));
		// Its first review fell due 32 days ago and was held a week late.
		UUID reviewedLate = ledByBo(team, "C5", today.minusDays(100));
		assessed(reviewedLate, today.minusDays(100), today.minusDays(95));
		meetingHeld(reviewedLate, today.minusDays(60));
		reviewHeld(reviewedLate, today.minusDays(25), today.plusDays(30));

		String bo = "$.teams[0].workers[?(@.name == '" + team.worker("bo") + "')].kept.";
		String ada = "$.teams[0].workers[?(@.name == '" + team.worker("ada") + "')].kept.";
		callEndpoint(signIn(team.prefix() + "-manager", DEMO_PASSWORD), COMPLIANCE,
				Map.of("from", today.minusDays(35).toString(), "to", today.toString()))
			.expectStatus()
			.isOk()
			.expectBody()
			// Bo's B1 was opened 30 days ago and never assessed: due 16 days ago, late.
			.jsonPath(bo + "assessmentsDue").isEqualTo(List.of(4))
			.jsonPath(bo + "assessmentsOnTime").isEqualTo(List.of(1))
			.jsonPath(bo + "assessmentsOnTimePercent").isEqualTo(List.of(25.0))
			.jsonPath(bo + "initialMeetingsDue").isEqualTo(List.of(2))
			.jsonPath(bo + "initialMeetingsOnTime").isEqualTo(List.of(1))
			.jsonPath(bo + "reviewsDue").isEqualTo(List.of(2))
			.jsonPath(bo + "reviewsOnTime").isEqualTo(List.of(1))
			// Ada's open episodes were opened 30 days ago and never assessed: due 16 days ago, late. Her closed one
			// closed yesterday, after its assessment fell due: late too.
			.jsonPath(ada + "assessmentsDue").isEqualTo(List.of(3))
			.jsonPath(ada + "assessmentsOnTime").isEqualTo(List.of(0))
			.jsonPath(ada + "reviewsDue").isEqualTo(List.of(0))
			.jsonPath("$.teams[0].workers[?(@.name == '" + team.worker("ada") + "')].kept")
			.value(List.class, kept -> assertThat(((Map<?, ?>) kept.getFirst()).get("reviewsOnTimePercent")).isNull())
			.jsonPath("$.totals.assessmentsDue").isEqualTo(7);
	}

	@Test
	void a_period_that_ends_before_it_starts_is_refused_plainly() {
		Team team = team();
		LocalDate today = LocalDate.now(this.clock);
		callEndpoint(signIn(team.prefix() + "-manager", DEMO_PASSWORD), COMPLIANCE,
				Map.of("from", today.toString(), "to", today.minusDays(1).toString()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message").isEqualTo("The period ends before it starts: give 'from' on or before 'to'.");
	}

	@Test
	void over_graphql_a_manager_reads_their_figures_and_a_family_member_is_forbidden() {
		Team team = team();
		signedInAs(team.prefix() + "-manager").document("{ oversight { scope totals { openEpisodes } } }")
			.execute()
			.path("oversight.totals.openEpisodes")
			.entity(Integer.class)
			.isEqualTo(3);
		signedInAs("dana").document("{ oversight { scope } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "FORBIDDEN")));
	}

	private UUID episodeLedBy(String reference, UUID lead) {
		UUID family = this.fixtures.family("F-" + reference);
		this.fixtures.person(family, "Child", "CHILD", false);
		return this.fixtures.episode("E-" + reference, family, lead, List.of());
	}

	private UUID ledByBo(Team team, String name, LocalDate openedOn) {
		UUID episode = episodeLedBy(team.prefix() + "-" + name, team.bo());
		this.dsl.update(EPISODE).set(EPISODE.OPENED_ON, openedOn).where(EPISODE.ID.eq(episode)).execute();
		return episode;
	}

	private void assessed(UUID episode, LocalDate startedOn, @Nullable LocalDate completedOn) {
		this.dsl.insertInto(ASSESSMENT)
			.set(ASSESSMENT.ID, Ids.newId())
			.set(ASSESSMENT.EPISODE_ID, episode)
			.set(ASSESSMENT.STARTED_ON, startedOn)
			.set(ASSESSMENT.COMPLETED_ON, completedOn)
			.execute();
	}

	private void meetingHeld(UUID episode, LocalDate heldOn) {
		this.dsl.insertInto(MEETING)
			.set(MEETING.ID, Ids.newId())
			.set(MEETING.EPISODE_ID, episode)
			.set(MEETING.KIND, "INITIAL_TAF")
			.set(MEETING.SCHEDULED_FOR, heldOn.atStartOfDay(ZoneOffset.UTC).toInstant())
			.set(MEETING.HELD_ON, heldOn)
			.set(MEETING.FAMILY_ATTENDED, true)
			.execute();
	}

	private void reviewHeld(UUID episode, LocalDate heldOn, LocalDate nextDue) {
		this.dsl.insertInto(REVIEW)
			.set(REVIEW.ID, Ids.newId())
			.set(REVIEW.EPISODE_ID, episode)
			.set(REVIEW.HELD_ON, heldOn)
			.set(REVIEW.PROGRESS, "POSITIVE_CHANGE")
			.set(REVIEW.DECISION, "CONTINUE")
			.set(REVIEW.NEXT_REVIEW_DUE, nextDue)
			.set(REVIEW.RECORDED_BY, this.dsl.select(TEAM_MEMBER.PRACTITIONER_ID)
				.from(TEAM_MEMBER)
				.where(TEAM_MEMBER.LEAD_OF_EPISODE.eq(episode))
				.fetchSingle()
				.value1())
			.set(REVIEW.CREATED_AT, heldOn.atStartOfDay(ZoneOffset.UTC).toInstant())
			.execute();
	}

}
