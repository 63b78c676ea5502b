package org.hearth.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nested lists load in batches: a deep caseload query runs the same number of SQL statements for one episode as for
 * fifty.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchLoadingTests extends HearthIntegrationTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private EpisodeService episodes;

	@BeforeAll
	void caseloadsOfOneAndOfFifty() {
		UUID agency = this.fixtures.agency("Harbour Family Centre");
		UUID single = this.fixtures.practitioner("batch-single", agency, null);
		UUID many = this.fixtures.practitioner("batch-many", agency, null);
		List<UUID> created = new ArrayList<>();
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
			.hasSize(expectedEpisodes);
		result.path("episodes.edges[*].node.reviews[*].id").entityList(String.class).hasSize(expectedEpisodes);
		result.path("episodes.edges[*].node.team[*].practitioner.agency.name").entityList(String.class)
			.hasSize(expectedEpisodes);
		return count;
	}

	/** An episode with a parent and a child, and one of everything in its plan (see Fixtures). */
	private UUID episodeLedBy(UUID practitioner, int n) {
		UUID family = this.fixtures.family("BATCH-%06d".formatted(n));
		UUID parent = this.fixtures.person(family, "Ann", "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Ben", "CHILD", false);
		UUID episode = this.fixtures.episode("BATCH-EP-%06d".formatted(n), family, practitioner, List.of());
		this.fixtures.planWithEverything(episode, parent, child, practitioner);
		return episode;
	}

}
