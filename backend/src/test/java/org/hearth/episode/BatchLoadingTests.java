package org.hearth.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.PRACTITIONER_ROLE;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Nested lists load in batches: a deep caseload query runs the same number of SQL statements for one episode as for
 * fifty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchLoadingTests extends HearthIntegrationTests {

	@Autowired
	private DSLContext dsl;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private EpisodeService episodes;

	@BeforeAll
	void caseloadsOfOneAndOfFifty() {
		UUID agency = this.dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.KIND.eq("VOLUNTARY")).fetchAny(AGENCY.ID);
		UUID single = practitioner("batch-single", agency);
		UUID many = practitioner("batch-many", agency);
		List<UUID> created = new java.util.ArrayList<>();
		created.add(episodeLedBy(single, 0));
		for (int i = 1; i <= 50; i++) {
			created.add(episodeLedBy(many, i));
		}
		this.episodes.refreshNextDue(created);
	}

	@Test
	void a_deep_caseload_query_runs_as_many_statements_for_fifty_episodes_as_for_one() {
		int forOne = statementsFor("batch-single", 1);
		int forFifty = statementsFor("batch-many", 50);
		System.out.printf("SQL statements for episodes(first: 50) with nested lists: 1 episode -> %d, 50 episodes -> %d%n",
				forOne, forFifty);
		assertThat(forFifty).isEqualTo(forOne);
	}

	private int statementsFor(String username, int expectedEpisodes) {
		var tester = signedInAs(username);
		this.statements.reset();
		var result = tester.documentName("caseloadDeep").variable("first", 50).execute();
		int count = this.statements.count();
		result.path("episodes.edges").entityList(Object.class).hasSize(expectedEpisodes);
		result.path("episodes.edges[*].node.outcomes[*].actions[*].id").entityList(String.class)
			.hasSize(2 * expectedEpisodes);
		result.path("episodes.edges[*].node.team[*].practitioner.agency.name").entityList(String.class)
			.hasSize(expectedEpisodes);
		return count;
	}

	private UUID practitioner(String username, UUID agency) {
		UUID id = Ids.newId();
		this.dsl.insertInto(PRACTITIONER)
			.set(PRACTITIONER.ID, id)
			.set(PRACTITIONER.AGENCY_ID, agency)
			.set(PRACTITIONER.NAME, "Practitioner " + username)
			.execute();
		this.dsl.insertInto(PRACTITIONER_ROLE)
			.set(PRACTITIONER_ROLE.PRACTITIONER_ID, id)
			.set(PRACTITIONER_ROLE.ROLE, "PRACTITIONER")
			.execute();
		this.dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, Ids.newId())
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, this.passwords.encode(DEMO_PASSWORD))
			.set(USER_ACCOUNT.PRACTITIONER_ID, id)
			.execute();
		return id;
	}

	private UUID episodeLedBy(UUID practitioner, int n) {
		LocalDate today = LocalDate.now();
		Instant now = Instant.now();
		UUID family = Ids.newId();
		this.dsl.insertInto(FAMILY)
			.set(FAMILY.ID, family)
			.set(FAMILY.REFERENCE, "BATCH-%06d".formatted(n))
			.set(FAMILY.CREATED_AT, now)
			.execute();
		for (String name : List.of("Ann", "Ben")) {
			this.dsl.insertInto(PERSON)
				.set(PERSON.ID, Ids.newId())
				.set(PERSON.FAMILY_ID, family)
				.set(PERSON.GIVEN_NAME, name)
				.set(PERSON.FAMILY_NAME, "Batch" + n)
				.set(PERSON.DATE_OF_BIRTH, today.minusYears(5 + n % 10))
				.set(PERSON.ROLE, "CHILD")
				.set(PERSON.LIVES_IN_HOUSEHOLD, true)
				.set(PERSON.HAS_PARENTAL_RESPONSIBILITY, false)
				.execute();
		}
		UUID episode = Ids.newId();
		this.dsl.insertInto(EPISODE)
			.set(EPISODE.ID, episode)
			.set(EPISODE.REFERENCE, "BATCH-EP-%06d".formatted(n))
			.set(EPISODE.FAMILY_ID, family)
			.set(EPISODE.OPEN_FAMILY_ID, family)
			.set(EPISODE.STATUS, "ACTIVE")
			.set(EPISODE.LEVEL_OF_NEED, "LEVEL_2")
			.set(EPISODE.SOURCE, "PRACTITIONER_REQUEST")
			.set(EPISODE.REQUEST_REASONS, "Batch loading test")
			.set(EPISODE.OPENED_ON, today.minusDays(60))
			.set(EPISODE.CREATED_AT, now)
			.execute();
		UUID member = Ids.newId();
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, member)
			.set(TEAM_MEMBER.EPISODE_ID, episode)
			.set(TEAM_MEMBER.PRACTITIONER_ID, practitioner)
			.set(TEAM_MEMBER.IS_LEAD, true)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, episode)
			.set(TEAM_MEMBER.JOINED_ON, today.minusDays(60))
			.execute();
		UUID outcome = Ids.newId();
		this.dsl.insertInto(OUTCOME)
			.set(OUTCOME.ID, outcome)
			.set(OUTCOME.EPISODE_ID, episode)
			.set(OUTCOME.NEED_AREA_CODE, "HOUSING")
			.set(OUTCOME.DESCRIPTION, "Secure home")
			.set(OUTCOME.MEASURE, "Tenancy signed")
			.set(OUTCOME.TARGET_DATE, today.plusDays(30))
			.set(OUTCOME.CREATED_AT, now)
			.execute();
		for (int a = 0; a < 2; a++) {
			this.dsl.insertInto(PLAN_ACTION)
				.set(PLAN_ACTION.ID, Ids.newId())
				.set(PLAN_ACTION.OUTCOME_ID, outcome)
				.set(PLAN_ACTION.DESCRIPTION, "Action " + a)
				.set(PLAN_ACTION.OWNER_MEMBER_ID, member)
				.set(PLAN_ACTION.DUE_DATE, today.plusDays(a * 10 - 5))
				.set(PLAN_ACTION.CREATED_AT, now)
				.execute();
		}
		UUID meeting = Ids.newId();
		this.dsl.insertInto(MEETING)
			.set(MEETING.ID, meeting)
			.set(MEETING.EPISODE_ID, episode)
			.set(MEETING.KIND, "INITIAL_TAF")
			.set(MEETING.SCHEDULED_FOR, now.minusSeconds(40L * 86400))
			.set(MEETING.HELD_ON, today.minusDays(40))
			.set(MEETING.FAMILY_ATTENDED, true)
			.execute();
		this.dsl.insertInto(REVIEW)
			.set(REVIEW.ID, Ids.newId())
			.set(REVIEW.EPISODE_ID, episode)
			.set(REVIEW.HELD_ON, today.minusDays(10))
			.set(REVIEW.PROGRESS, "NO_CHANGE")
			.set(REVIEW.DECISION, "CONTINUE")
			.set(REVIEW.NEXT_REVIEW_DUE, today.plusDays(40))
			.set(REVIEW.RECORDED_BY, practitioner)
			.set(REVIEW.CREATED_AT, now)
			.execute();
		return episode;
	}

}
