package org.hearth.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AGENCY;

import java.util.List;

import org.hearth.support.Demo;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The queries that are not about one episode: viewer, agencies, policy, family and node. */
class DirectoryQueryTests extends HearthIntegrationTests {

	@Autowired
	private DSLContext dsl;

	@Test
	void viewer_describes_a_signed_in_practitioner() {
		var viewer = signedInAs("sam").document("""
				{ viewer { __typename ... on PractitionerViewer {
				    roles practitioner { id name jobTitle email phone agency { name kind } } } } }""").execute();
		viewer.path("viewer.__typename").entity(String.class).isEqualTo("PractitionerViewer");
		viewer.path("viewer.practitioner.name").entity(String.class).isEqualTo("Sam Okafor");
		viewer.path("viewer.practitioner.agency.kind").entity(String.class).isEqualTo("LOCAL_AUTHORITY_EARLY_HELP");
		viewer.path("viewer.roles").entityList(String.class).containsExactly("PRACTITIONER");
		signedInAs("morgan").document("{ viewer { ... on PractitionerViewer { roles } } }")
			.execute()
			.path("viewer.roles")
			.entityList(String.class)
			.satisfies(list -> assertThat(list).containsExactlyInAnyOrder("PRACTITIONER", "MANAGER"));
	}

	@Test
	void viewer_describes_a_family_member_and_their_own_family() {
		var viewer = signedInAs("dana").document("""
				{ viewer { __typename ... on FamilyViewer { person { givenName role } family { reference } } } }""")
			.execute();
		viewer.path("viewer.__typename").entity(String.class).isEqualTo("FamilyViewer");
		viewer.path("viewer.person.givenName").entity(String.class).isEqualTo("Dana");
		viewer.path("viewer.family.reference").entity(String.class).isEqualTo(Demo.family(Demo.ACTIVE));
	}

	@Test
	void agencies_lists_every_agency_by_name() {
		// Every agency in the database, whatever other test classes added to the demo's six.
		List<String> everyAgency = this.dsl.select(AGENCY.NAME).from(AGENCY).orderBy(AGENCY.NAME).fetch(AGENCY.NAME);
		assertThat(everyAgency).contains("Riverside Primary School", "Northgate Early Help Service");
		signedInAs("casey").document("{ agencies { id name kind } }")
			.execute()
			.path("agencies[*].name")
			.entityList(String.class)
			.containsExactly(everyAgency.toArray(String[]::new));
	}

	@Test
	void policy_gives_the_default_timescales_and_the_ten_need_areas() {
		var policy = signedInAs("sam")
			.document("{ policy { assessmentDueDays initialMeetingDueDays firstReviewDueDays maxReviewIntervalDays "
					+ "needAreas { code name } } }")
			.execute();
		policy.path("policy.assessmentDueDays").entity(Integer.class).isEqualTo(14);
		policy.path("policy.initialMeetingDueDays").entity(Integer.class).isEqualTo(14);
		policy.path("policy.firstReviewDueDays").entity(Integer.class).isEqualTo(28);
		policy.path("policy.maxReviewIntervalDays").entity(Integer.class).isEqualTo(56);
		policy.path("policy.needAreas").entityList(Object.class).hasSize(10);
		policy.path("policy.needAreas[8].name").entity(String.class).isEqualTo("Secure housing");
	}

	@Test
	void family_answers_its_members_and_the_episodes_the_caller_may_see() {
		HttpGraphQlTester dana = signedInAs("dana");
		String familyId = dana.document("{ viewer { ... on FamilyViewer { family { id } } } }")
			.execute()
			.path("viewer.family.id")
			.entity(String.class)
			.get();
		String query = """
				query($id: ID!) { family(id: $id) {
				  reference interpreterRequired primaryLanguage version address { line1 town postcode }
				  members { givenName age } episodes { reference } currentEpisode { reference } } }""";
		var family = signedInAs("sam").document(query).variable("id", familyId).execute();
		family.path("family.reference").entity(String.class).isEqualTo(Demo.family(Demo.ACTIVE));
		family.path("family.address.postcode").entity(String.class).isEqualTo("NG1 9GH");
		family.path("family.members").entityList(Object.class).hasSize(3);
		family.path("family.episodes[*].reference").entityList(String.class).containsExactly(Demo.episode(Demo.ACTIVE));
		family.path("family.currentEpisode.reference").entity(String.class).isEqualTo(Demo.episode(Demo.ACTIVE));
		dana.document(query).variable("id", familyId).execute().path("family.reference").entity(String.class)
			.isEqualTo(Demo.family(Demo.ACTIVE));
		signedInAs("casey").document(query).variable("id", familyId).execute().path("family").valueIsNull();
	}

	@Test
	void node_finds_each_kind_of_object_by_its_id_for_a_caller_who_may_see_it() {
		HttpGraphQlTester sam = signedInAs("sam");
		var ids = sam.document("""
				{ episodes(first: 10, filter: { status: [ACTIVE] }) { edges { node {
				    id family { id members { id } }
				    consents { id recordedBy { id agency { id } } } assessment { id } team { id }
				    outcomes { id actions { id } } meetings { id } reviews { id } } } } }""").execute();
		String node = "query($id: ID!) { node(id: $id) { __typename id } }";
		String[][] expectations = { { "episodes.edges[0].node.id", "Episode" },
				{ "episodes.edges[0].node.family.id", "Family" },
				{ "episodes.edges[0].node.family.members[0].id", "Person" },
				{ "episodes.edges[0].node.consents[0].id", "Consent" },
				{ "episodes.edges[0].node.consents[0].recordedBy.id", "Practitioner" },
				{ "episodes.edges[0].node.consents[0].recordedBy.agency.id", "Agency" },
				{ "episodes.edges[0].node.assessment.id", "Assessment" },
				{ "episodes.edges[0].node.team[0].id", "TeamMember" },
				{ "episodes.edges[0].node.outcomes[0].id", "Outcome" },
				{ "episodes.edges[0].node.outcomes[0].actions[0].id", "Action" },
				{ "episodes.edges[0].node.meetings[0].id", "Meeting" },
				{ "episodes.edges[0].node.reviews[0].id", "Review" } };
		HttpGraphQlTester casey = signedInAs("casey");
		for (String[] expectation : expectations) {
			String id = ids.path(expectation[0]).entity(String.class).get();
			sam.document(node).variable("id", id).execute().path("node.__typename").entity(String.class)
				.isEqualTo(expectation[1]);
			if (!expectation[1].equals("Agency") && !expectation[1].equals("Practitioner")) {
				casey.document(node).variable("id", id).execute().path("node").valueIsNull();
			}
		}
		sam.document(node).variable("id", "no-such-id").execute().path("node").valueIsNull();
	}

}
