package org.hearth.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.EPISODE;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.hearth.support.Demo;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

class EpisodeQueryTests extends HearthIntegrationTests {

	@Autowired
	private DSLContext dsl;

	private static final String REFERENCES = """
			query($first: Int, $after: String, $filter: EpisodeFilter) {
			  episodes(first: $first, after: $after, filter: $filter) {
			    totalCount
			    edges { cursor node { reference } }
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			  }
			}""";

	@Test
	void episodes_lists_the_callers_episodes_most_urgent_first() {
		assertThat(references(signedInAs("sam"), 10, null)).containsExactly(Demo.episode(Demo.OVERDUE),
				Demo.episode(Demo.PLANNING), Demo.episode(Demo.ASSESSING), Demo.episode(Demo.ACTIVE),
				Demo.episode(Demo.REQUESTED), Demo.episode(Demo.CLOSED));
	}

	@Test
	void episodes_counts_across_pages_only_when_the_query_asks_for_totalCount() {
		HttpGraphQlTester sam = signedInAs("sam");
		String withoutCount = "{ episodes(first: 2) { edges { node { reference } } } }";
		String withCount = "{ episodes(first: 2) { totalCount edges { node { reference } } } }";
		sam.document(withoutCount).execute().path("episodes.totalCount").pathDoesNotExist();
		statements.reset();
		sam.document(withoutCount).execute();
		int without = statements.count();
		statements.reset();
		sam.document(withCount).execute().path("episodes.totalCount").entity(Integer.class).isEqualTo(6);
		assertThat(statements.count()).as("SQL statements with totalCount: one more, the count").isEqualTo(without + 1);
	}

	@Test
	void episodes_pages_through_the_list_with_cursors() {
		HttpGraphQlTester sam = signedInAs("sam");
		var firstPage = sam.document(REFERENCES).variable("first", 4).execute();
		firstPage.path("episodes.totalCount").entity(Integer.class).isEqualTo(6);
		firstPage.path("episodes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		firstPage.path("episodes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		String endCursor = firstPage.path("episodes.pageInfo.endCursor").entity(String.class).get();
		firstPage.path("episodes.edges[3].cursor").entity(String.class).isEqualTo(endCursor);

		var secondPage = sam.document(REFERENCES).variable("first", 4).variable("after", endCursor).execute();
		secondPage.path("episodes.edges[*].node.reference")
			.entityList(String.class)
			.containsExactly(Demo.episode(Demo.REQUESTED), Demo.episode(Demo.CLOSED));
		secondPage.path("episodes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		// Lists page forward only: the schema says hasPreviousPage is always false.
		secondPage.path("episodes.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		secondPage.path("episodes.totalCount").entity(Integer.class).isEqualTo(6);
	}

	@Test
	void episodes_filters_by_status_by_lead_and_by_overdue() {
		HttpGraphQlTester sam = signedInAs("sam");
		assertThat(references(sam, 10, Map.of("status", List.of("CLOSED")))).containsExactly(Demo.episode(Demo.CLOSED));
		assertThat(references(sam, 10, Map.of("overdueOnly", true))).containsExactly(Demo.episode(Demo.OVERDUE));
		assertThat(references(sam, 10, Map.of("leadOnly", true))).hasSize(6);
		assertThat(references(signedInAs("alex"), 10, Map.of("leadOnly", true))).isEmpty();
		// Alex left the closed episode's team a month ago: he sees only the two whose teams he is on.
		assertThat(references(signedInAs("alex"), 10, null)).containsExactly(Demo.episode(Demo.PLANNING),
				Demo.episode(Demo.ACTIVE));
	}

	@Test
	void episodes_needs_a_page_size_between_1_and_100() {
		HttpGraphQlTester sam = signedInAs("sam");
		for (Integer first : new Integer[] { 0, 101, null }) {
			sam.document(REFERENCES)
				.variable("first", first)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).contains("between 1 and 100");
				}));
		}
	}

	@Test
	void episodes_refuses_a_cursor_it_did_not_make() {
		String ours = signedInAs("sam").document(REFERENCES)
			.variable("first", 1)
			.execute()
			.path("episodes.pageInfo.endCursor")
			.entity(String.class)
			.get();
		String keys = new String(Base64.getDecoder().decode(ours), StandardCharsets.UTF_8);
		List<String> notOurs = List.of("not-a-cursor!", base64("O_3"), base64("K_{\"id\":\"x\"}"),
				base64(keys.replaceFirst("\"due\":\"[^\"]*\"", "\"due\":\"soon\"")), base64("K_[1,2]"));
		for (String cursor : notOurs) {
			signedInAs("sam").document(REFERENCES)
				.variable("first", 5)
				.variable("after", cursor)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).as(cursor).singleElement().satisfies(error -> {
					assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
					assertThat(error.getMessage()).isEqualTo("'after' is not a cursor from this list.");
				}));
		}
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void the_early_help_team_sees_every_episode_and_a_manager_those_of_their_team() {
		HttpGraphQlTester hub = signedInAs("hub");
		for (int demo = Demo.REQUESTED; demo <= Demo.CLOSED; demo++) {
			hub.document("query($id: ID!) { episode(id: $id) { reference } }")
				.variable("id", idOf(demo))
				.execute()
				.path("episode.reference")
				.entity(String.class)
				.isEqualTo(Demo.episode(demo));
		}
		assertThat(references(signedInAs("morgan"), 100, null)).hasSize(6);
	}

	@Test
	void episode_answers_every_nested_field_of_an_active_plan() {
		HttpGraphQlTester sam = signedInAs("sam");
		var episode = sam.documentName("episodeDetail").variable("id", idOf(Demo.ACTIVE)).execute();
		episode.path("episode.reference").entity(String.class).isEqualTo(Demo.episode(Demo.ACTIVE));
		episode.path("episode.status").entity(String.class).isEqualTo("ACTIVE");
		episode.path("episode.hasActiveConsent").entity(Boolean.class).isEqualTo(true);
		episode.path("episode.family.reference").entity(String.class).isEqualTo(Demo.family(Demo.ACTIVE));
		episode.path("episode.family.members[*].givenName").entityList(String.class).contains("Dana", "Leo", "Maya");
		episode.path("episode.family.currentEpisode.id").entity(String.class).isEqualTo(idOf(Demo.ACTIVE));
		episode.path("episode.consents[*].scope").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("START", "STORE",
				"SHARE"));
		episode.path("episode.consents[0].givenBy.givenName").entity(String.class).isEqualTo("Dana");
		episode.path("episode.consents[0].recordedBy.name").entity(String.class).isEqualTo("Sam Okafor");
		episode.path("episode.assessment.views").entityList(Object.class).hasSize(2);
		episode.path("episode.assessment.childVoices[*].child.givenName").entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("Leo", "Maya"));
		episode.path("episode.assessment.servicesInvolved").entityList(String.class).hasSize(2);
		episode.path("episode.team").entityList(Object.class).hasSize(4);
		episode.path("episode.lead.practitioner.name").entity(String.class).isEqualTo("Sam Okafor");
		episode.path("episode.lead.practitioner.agency.kind").entity(String.class).isEqualTo("LOCAL_AUTHORITY_EARLY_HELP");
		episode.path("episode.team[*].person.givenName").entityList(String.class).contains("Dana");
		episode.path("episode.outcomes").entityList(Object.class).hasSize(3);
		episode.path("episode.outcomes[0].needArea.code").entity(String.class).isEqualTo("HOUSING");
		episode.path("episode.outcomes[0].actions").entityList(Object.class).hasSize(2);
		episode.path("episode.outcomes[1].forPerson.givenName").entity(String.class).isEqualTo("Leo");
		episode.path("episode.outcomes[*].actions[*].overdue").entityList(Boolean.class).doesNotContain(true);
		episode.path("episode.meetings[*].kind").entityList(String.class).containsExactly("INITIAL_TAF", "REVIEW",
				"REVIEW");
		episode.path("episode.meetings[1].apologies").entityList(Object.class).hasSize(1);
		episode.path("episode.meetings[0].attendees").entityList(Object.class).hasSize(4);
		episode.path("episode.reviews").entityList(Object.class).hasSize(2);
		episode.path("episode.reviews[1].decision").entity(String.class).isEqualTo("AMEND_PLAN");
		episode.path("episode.reviews[1].meeting.kind").entity(String.class).isEqualTo("REVIEW");
		episode.path("episode.reviews[1].recordedBy.name").entity(String.class).isEqualTo("Sam Okafor");
		episode.path("episode.timescales.nextReviewDue").entity(LocalDate.class)
			.isEqualTo(today().plusDays(45));
		episode.path("episode.timescales.reviewOverdue").entity(Boolean.class).isEqualTo(false);
		episode.path("episode.timescales.overdueActions").entity(Integer.class).isEqualTo(0);
		episode.path("episode.familyComments[0].author.givenName").entity(String.class).isEqualTo("Dana");
		episode.path("episode.closure").valueIsNull();
		// Alex asked for early help and led until the hub allocated Sam, the day the episode opened.
		episode.path("episode.handovers").entityList(Object.class).hasSize(1);
		episode.path("episode.handovers[0].handedOverOn").entity(LocalDate.class).isEqualTo(today().minusDays(120));
		episode.path("episode.handovers[0].familyConsulted").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void episode_shows_what_is_overdue_from_the_policy() {
		HttpGraphQlTester sam = signedInAs("sam");
		var overdue = sam.documentName("episodeDetail").variable("id", idOf(Demo.OVERDUE)).execute();
		overdue.path("episode.timescales.reviewOverdue").entity(Boolean.class).isEqualTo(true);
		overdue.path("episode.timescales.nextReviewDue").entity(LocalDate.class)
			.isEqualTo(today().minusDays(42));
		overdue.path("episode.timescales.overdueActions").entity(Integer.class).isEqualTo(2);
		overdue.path("episode.outcomes[*].actions[*].overdue").entityList(Boolean.class).contains(true, false);

		var assessing = sam.documentName("episodeDetail").variable("id", idOf(Demo.ASSESSING)).execute();
		assessing.path("episode.timescales.assessmentDue").entity(LocalDate.class)
			.isEqualTo(today().minusDays(6).plusDays(14));
		assessing.path("episode.timescales.assessmentOverdue").entity(Boolean.class).isEqualTo(false);
		assessing.path("episode.timescales.initialMeetingDue").valueIsNull();
	}

	@Test
	void episode_shows_a_closure_with_its_signposting() {
		HttpGraphQlTester sam = signedInAs("sam");
		var closed = sam.documentName("episodeDetail").variable("id", idOf(Demo.CLOSED)).execute();
		closed.path("episode.status").entity(String.class).isEqualTo("CLOSED");
		closed.path("episode.closure.reason").entity(String.class).isEqualTo("NEEDS_MET");
		closed.path("episode.closure.signposting").entityList(String.class).hasSize(3);
		closed.path("episode.family.currentEpisode").valueIsNull();
		closed.path("episode.timescales.nextReviewDue").valueIsNull();
		closed.path("episode.team[?(@.leftOn != null)]").entityList(Object.class).hasSize(1);
	}

	@Test
	void an_episode_the_caller_may_not_see_is_answered_as_missing() {
		String id = idOf(Demo.ACTIVE);
		signedInAs("casey").document("query($id: ID!) { episode(id: $id) { reference } }")
			.variable("id", id)
			.execute()
			.path("episode")
			.valueIsNull();
		signedInAs("casey").document("query($id: ID!) { episode(id: $id) { reference } }")
			.variable("id", "01a20000-0000-7000-8000-000000000000")
			.execute()
			.path("episode")
			.valueIsNull();
	}

	@Test
	void existing_plans_reveals_only_the_reference_status_and_how_to_reach_the_lead() {
		HttpGraphQlTester sam = signedInAs("sam");
		LocalDate leosBirthday = sam.documentName("episodeDetail")
			.variable("id", idOf(Demo.ACTIVE))
			.execute()
			.path("episode.family.members[?(@.givenName == 'Leo')].dateOfBirth")
			.entityList(LocalDate.class)
			.get()
			.getFirst();
		String query = """
				query($given: String!, $family: String!, $dob: Date!) {
				  existingPlans(givenName: $given, familyName: $family, dateOfBirth: $dob) {
				    episodeReference status leadName leadAgency leadContact
				  }
				}""";
		// Another practitioner, with no relationship to the family, may still ask before making a request.
		var matches = signedInAs("casey").document(query)
			.variable("given", " leo ")
			.variable("family", "CARTER")
			.variable("dob", leosBirthday.toString())
			.execute();
		matches.path("existingPlans").entityList(Object.class).hasSize(1);
		matches.path("existingPlans[0].episodeReference").entity(String.class).isEqualTo(Demo.episode(Demo.ACTIVE));
		matches.path("existingPlans[0].status").entity(String.class).isEqualTo("ACTIVE");
		matches.path("existingPlans[0].leadName").entity(String.class).isEqualTo("Sam Okafor");
		matches.path("existingPlans[0].leadAgency").entity(String.class).isEqualTo("Northgate Early Help Service");
		matches.path("existingPlans[0].leadContact").entity(String.class).isEqualTo("07700 900101");

		signedInAs("casey").document(query)
			.variable("given", "Leo")
			.variable("family", "Carter")
			.variable("dob", leosBirthday.plusDays(1).toString())
			.execute()
			.path("existingPlans")
			.entityList(Object.class)
			.hasSize(0);

		signedInAs("dana").document(query)
			.variable("given", "Leo")
			.variable("family", "Carter")
			.variable("dob", leosBirthday.toString())
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
	}

	private List<String> references(HttpGraphQlTester tester, Integer first, Map<String, Object> filter) {
		return tester.document(REFERENCES)
			.variable("first", first)
			.variable("filter", filter)
			.execute()
			.path("episodes.edges[*].node.reference")
			.entityList(String.class)
			.get();
	}

	/** The id of demo episode N (by its reference, however many episodes other tests have opened). */
	private String idOf(int demoEpisode) {
		return this.dsl.select(EPISODE.ID)
			.from(EPISODE)
			.where(EPISODE.REFERENCE.eq(Demo.episode(demoEpisode)))
			.fetchSingle(EPISODE.ID)
			.toString();
	}

}
