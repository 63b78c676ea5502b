package org.hearth.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Nested lists load in batches: a caseload query asking for every nested field of the schema sends the database
 * server one statement per nesting level of the query (plus a few for the request itself), the same for one episode
 * as for fifty. The fifty differ in everything a batch could stumble on: their leads, their team members' agencies,
 * their outcomes' need areas, their actions' owners, who recorded what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchLoadingTests extends HearthIntegrationTests {

	private static final String DOCUMENT = "graphql-test/caseloadEverything.graphql";

	/**
	 * Statements a request may send beyond one per nesting level: the audit insert, the policy the timescales need,
	 * the second step of a level loaded in two (a meeting's attendance rows, then the team members), and the session
	 * (kept in the database for every instance: read, then its last use written). Reads run without a transaction, so
	 * there is no bookkeeping to allow for.
	 */
	private static final int FOR_THE_REQUEST = 6;

	/** Fields that only wrap a connection's items: no statement of their own. */
	private static final Set<String> CONNECTION_WRAPPERS = Set.of("edges", "node", "pageInfo");

	private static final String[] NEED_AREAS = { "EDUCATION", "EARLY_YEARS", "HEALTH", "SUBSTANCE_USE",
			"FAMILY_RELATIONSHIPS", "SAFE_FROM_ABUSE", "CRIME_PREVENTION", "DOMESTIC_ABUSE", "HOUSING",
			"FINANCIAL_STABILITY" };

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private EpisodeService episodes;

	private List<UUID> agencies;

	/** Practitioners of several agencies who sit on the teams, in turn. */
	private final List<UUID> members = new ArrayList<>();

	@BeforeAll
	void caseloadsOfOneAndOfFifty() {
		this.agencies = Stream
			.of("Northgate Early Help Service", "Riverside Primary School", "Northgate Health Visiting Team",
					"Northgate Homes", "Harbour Family Centre")
			.map(this.fixtures::agency)
			.toList();
		for (int k = 0; k < 7; k++) {
			this.members.add(this.fixtures.practitioner("batch-member-" + k, agency(k), null));
		}
		// Managers see the episodes their practitioners lead: one manager of one lead, one of fifty leads.
		UUID managerOfOne = this.fixtures.practitioner("batch-manager-one", agency(0), null, "PRACTITIONER",
				"MANAGER");
		UUID managerOfFifty = this.fixtures.practitioner("batch-manager-fifty", agency(0), null, "PRACTITIONER",
				"MANAGER");
		List<UUID> created = new ArrayList<>();
		created.add(episodeWithEverything(0, managerOfOne, true));
		for (int i = 1; i <= 50; i++) {
			created.add(episodeWithEverything(i, managerOfFifty, i % 3 == 0));
		}
		this.episodes.refreshNextDue(created);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "caseloadPeopleAndRecords", "caseloadPlans", "caseloadMeetings" })
	void a_caseload_query_sends_one_statement_per_nesting_level_for_one_episode_as_for_fifty(String operation)
			throws IOException {
		int levels = nestingLevels(operation);
		int forOne = statementsFor("batch-manager-one", operation, 1);
		int forFifty = statementsFor("batch-manager-fifty", operation, 50);
		System.out.printf(
				"Statements received by the database server for %s: %d nesting levels; 1 episode -> %d, 50 episodes -> %d (allowed: %d)%n",
				operation, levels, forOne, forFifty, levels + FOR_THE_REQUEST);
		// One more for an answer too big for the response buffer: Spring Session saves the session when the response is
		// committed, part-way through writing, and reads it again once the request ends.
		assertThat(forFifty).as("statements for 50 episodes against those for 1 (%s)", operation)
			.isBetween(forOne, forOne + 1);
		assertThat(forFifty)
			.as("statements for %s: one per nesting level (%d) plus %d for the request", operation, levels,
					FOR_THE_REQUEST)
			.isLessThanOrEqualTo(levels + FOR_THE_REQUEST);
	}

	private int statementsFor(String username, String operation, int expectedEpisodes) {
		GraphQlTester tester = signedInAs(username);
		// Once before counting, so that what a first request warms up (policy, prepared plans) is not counted.
		execute(tester, operation);
		List<GraphQlTester.Response> response = new ArrayList<>();
		int count = this.statements.countDuring(() -> response.add(execute(tester, operation)));
		checkEverythingCameBack(response.getFirst(), operation, expectedEpisodes);
		return count;
	}

	private GraphQlTester.Response execute(GraphQlTester tester, String operation) {
		return tester.document(document()).operationName(operation).variable("first", 50).execute();
	}

	/** The fixture's variety reached the answer: otherwise a batch could not have stumbled on it. */
	private void checkEverythingCameBack(GraphQlTester.Response response, String operation, int episodes) {
		response.errors().verify();
		response.path("episodes.edges").entityList(Object.class).hasSize(episodes);
		switch (operation) {
			case "caseloadPeopleAndRecords" -> {
				distinct(response, "episodes.edges[*].node.lead.practitioner.name", episodes);
				distinctAtLeast(response, "episodes.edges[*].node.team[*].practitioner.agency.name",
						Math.min(episodes * 3, 5));
				count(response, "episodes.edges[*].node.team[*].person.givenName", episodes);
				count(response, "episodes.edges[*].node.team[?(@.leftOn != null)].id", episodes);
				count(response, "episodes.edges[*].node.consents[*].excludedAgencies[*].name", episodes);
				count(response, "episodes.edges[*].node.consents[*].givenBy.givenName", 3 * episodes);
				count(response, "episodes.edges[*].node.consents[*].recordedBy.agency.name", 3 * episodes);
				count(response, "episodes.edges[*].node.assessment.views[*].person.givenName", episodes);
				count(response, "episodes.edges[*].node.assessment.childVoices[*].child.givenName", episodes);
				count(response, "episodes.edges[*].node.handovers[*].from.id", episodes);
				count(response, "episodes.edges[*].node.reviews[*].meeting.kind", episodes);
				count(response, "episodes.edges[*].node.reviews[*].recordedBy.name", episodes);
				count(response, "episodes.edges[*].node.familyComments[*].author.givenName", episodes);
				count(response, "episodes.edges[*].node.family.members[*].family.id", 3 * episodes);
				count(response, "episodes.edges[*].node.timescales.overdueActions", episodes);
				// The one episode is closed, and every third of the fifty: two signposts each.
				count(response, "episodes.edges[*].node.closure.signposting[*]", 2 * (episodes == 1 ? 1 : 50 / 3));
			}
			case "caseloadPlans" -> {
				distinctAtLeast(response, "episodes.edges[*].node.outcomes[*].needArea.code",
						Math.min(2 * episodes, NEED_AREAS.length));
				distinctAtLeast(response, "episodes.edges[*].node.outcomes[*].actions[*].owner.practitioner.name",
						Math.min(episodes + 2, 10));
				count(response, "episodes.edges[*].node.outcomes[*].forPerson.givenName", 2 * episodes);
				count(response, "episodes.edges[*].node.outcomes[*].actions[*].owner.practitioner.agency.name",
						4 * episodes);
			}
			case "caseloadMeetings" -> {
				count(response, "episodes.edges[*].node.meetings[*].attendees[*].id", 2 * episodes);
				count(response, "episodes.edges[*].node.meetings[*].apologies[*].id", episodes);
				count(response, "episodes.edges[*].node.outcomes[*].actions[*].outcome.id", 4 * episodes);
			}
			default -> throw new IllegalArgumentException(operation);
		}
	}

	private static void count(GraphQlTester.Response response, String path, int expected) {
		response.path(path).entityList(Object.class).hasSize(expected);
	}

	private static void distinct(GraphQlTester.Response response, String path, int expected) {
		assertThat(response.path(path).entityList(String.class).get()).as(path).doesNotHaveDuplicates()
			.hasSize(expected);
	}

	private static void distinctAtLeast(GraphQlTester.Response response, String path, int expected) {
		assertThat(response.path(path).entityList(String.class).get().stream().distinct().count()).as(path)
			.isGreaterThanOrEqualTo(expected);
	}

	/**
	 * The nesting levels of an operation: each field that selects fields of its own is a list or an object the server
	 * loads for every parent at once, except the connection's wrappers.
	 */
	private static int nestingLevels(String operation) throws IOException {
		OperationDefinition definition = Parser.parse(document())
			.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter(candidate -> operation.equals(candidate.getName()))
			.findFirst()
			.orElseThrow();
		return levelsIn(definition.getSelectionSet());
	}

	private static int levelsIn(SelectionSet selections) {
		int levels = 0;
		for (Field field : selections.getSelectionsOfType(Field.class)) {
			if (field.getSelectionSet() != null) {
				levels += (CONNECTION_WRAPPERS.contains(field.getName()) ? 0 : 1) + levelsIn(field.getSelectionSet());
			}
		}
		return levels;
	}

	private static String document() {
		try {
			return new ClassPathResource(DOCUMENT).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private UUID agency(int n) {
		return this.agencies.get(n % this.agencies.size());
	}

	/**
	 * Episode N: its own lead (managed by the given manager), two team members of other agencies, a former lead who
	 * handed over and left, a grandparent on the team; consent excluding an agency; an assessment; two outcomes in
	 * different need areas with actions owned by different members; a meeting with attendees and apologies and its
	 * review; a family comment; and, if closed, a closure with signposts.
	 */
	private UUID episodeWithEverything(int n, UUID manager, boolean closed) {
		UUID lead = this.fixtures.practitioner("batch-lead-" + n, agency(n), manager);
		UUID memberA = this.members.get(n % this.members.size());
		UUID memberB = this.members.get((n + 3) % this.members.size());
		UUID formerLead = this.fixtures.practitioner("batch-former-lead-" + n, agency(n + 2), null);

		UUID family = this.fixtures.family("BATCH-%06d".formatted(n));
		UUID parent = this.fixtures.person(family, "Parent" + n, "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Child" + n, "CHILD", false);
		UUID grandparent = this.fixtures.person(family, "Grandparent" + n, "EXTENDED_FAMILY", false);
		UUID episode = this.fixtures.episode("BATCH-EP-%06d".formatted(n), family, lead,
				List.of(memberA, memberB, formerLead));
		UUID leadMember = this.fixtures.leadMemberOf(episode);
		UUID memberAPlace = this.fixtures.teamMember(episode, memberA);
		UUID memberBPlace = this.fixtures.teamMember(episode, memberB);
		this.fixtures.familyOnTeam(episode, grandparent);
		this.fixtures.handover(episode, this.fixtures.teamMember(episode, formerLead), leadMember, formerLead);
		this.fixtures.leaveTeam(episode, formerLead, 20);

		this.fixtures.fullConsent(episode, parent, n % 2 == 0 ? lead : memberA, agency(n + 4));
		this.fixtures.assessment(episode, parent, child);
		UUID first = this.fixtures.outcome(episode, child, NEED_AREAS[(2 * n) % NEED_AREAS.length]);
		this.fixtures.action(first, leadMember);
		this.fixtures.action(first, memberAPlace);
		UUID second = this.fixtures.outcome(episode, parent, NEED_AREAS[(2 * n + 1) % NEED_AREAS.length]);
		this.fixtures.action(second, memberBPlace);
		this.fixtures.action(second, memberAPlace);
		UUID meeting = this.fixtures.meeting(episode, List.of(leadMember, memberAPlace), List.of(memberBPlace));
		this.fixtures.review(episode, meeting, n % 2 == 0 ? memberB : lead);
		this.fixtures.familyComment(episode, parent);
		if (closed) {
			this.fixtures.close(episode, lead, "Parenting group at the family centre", "School nurse drop-in");
		}
		return episode;
	}

}
