package org.hearth.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.REVIEW;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * What each kind of family member sees of their own family's episode, through the real /graphql endpoint with real
 * sign-in. The fixture family has every hidden thing: a parent (with parental responsibility), a second parent, another
 * adult without it, a young person of 14 and a child of 9, each adult with their own view in the assessment, both
 * children with their voice, an outcome for the parent only, one for the whole family and one for the young person,
 * consents given by the parent and by the young person, a held meeting with notes and attendance, a review with the
 * family's and the child's views, a handover, a social care reference, and an earlier episode closed with feedback.
 * A narrowing is shown against the lead, who sees it all, so a missing thing is never an empty fixture.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyMemberAccessTests extends HearthIntegrationTests {

	private static final Configuration LENIENT = Configuration.defaultConfiguration()
		.addOptions(Option.SUPPRESS_EXCEPTIONS);

	private static final String EPISODE = """
			query($e: ID!) { episode(id: $e) {
			  status openedOn requestReasons family { members { givenName } }
			  lead { practitioner { name email } } team { practitioner { name phone } }
			  consents { id scope givenBy { givenName } }
			  assessment { startedOn summary servicesInvolved fromSocialCare socialCareReference
			    views { worries person { givenName } } childVoices { worries child { givenName } } }
			  outcomes { id description forPerson { givenName } actions { id description } }
			  meetings { kind scheduledFor heldOn notes familyAttended attendees { id } apologies { id }
			    cancellationReason }
			  reviews { progress decision familyViews childViews nextReviewDue recordedBy { name } }
			  handovers { handedOverOn notes }
			  familyComments { text hiddenFromYoungPeople } } }""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	private UUID episode;

	private UUID earlierEpisode;

	private UUID parentsConsent;

	private UUID youngPersonsConsent;

	private UUID parentsOutcome;

	private UUID parentsAction;

	@BeforeAll
	void aFamilyWithEveryHiddenThing() {
		UUID agency = this.fixtures.newAgency("Family access agency");
		UUID lead = this.fixtures.practitioner("fma-lead", agency, null);
		UUID teacher = this.fixtures.practitioner("fma-teacher", this.fixtures.newAgency("Family access school"), null);
		UUID family = this.fixtures.family("FMA-FAMILY");
		UUID parent = this.fixtures.familyMemberAccount("fma-parent", family);
		UUID otherAdult = this.fixtures.otherAdultAccount("fma-other-adult", family);
		UUID youngPerson = this.fixtures.youngPersonAccount("fma-young-person", family);
		UUID secondParent = this.fixtures.person(family, "Secondparent", "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Littlechild", "CHILD", false);

		// An earlier episode, stepped up to social care: its closure's summary holds the reasons.
		this.earlierEpisode = this.fixtures.episode("FMA-EARLIER", family, lead, List.of());
		this.fixtures.close(this.earlierEpisode, lead, "Family Lives helpline");
		this.dsl.update(CLOSURE)
			.set(CLOSURE.REASON, "STEPPED_UP")
			.set(CLOSURE.SUMMARY, "Stepped up: the reasons")
			.where(CLOSURE.EPISODE_ID.eq(this.earlierEpisode))
			.execute();

		this.episode = this.fixtures.episode("FMA-EPISODE", family, lead, List.of(teacher));
		UUID leadMember = this.fixtures.leadMemberOf(this.episode);
		UUID teacherMember = this.fixtures.teamMember(this.episode, teacher);
		this.fixtures.fullConsent(this.episode, parent, lead);
		this.parentsConsent = this.dsl.select(org.hearth.db.jooq.Tables.CONSENT.ID)
			.from(org.hearth.db.jooq.Tables.CONSENT)
			.where(org.hearth.db.jooq.Tables.CONSENT.EPISODE_ID.eq(this.episode))
			.and(org.hearth.db.jooq.Tables.CONSENT.SCOPE.eq("START"))
			.fetchSingle(org.hearth.db.jooq.Tables.CONSENT.ID);
		this.youngPersonsConsent = this.fixtures.consent(this.episode, "SHARE", "GIVEN", youngPerson, lead);

		UUID assessment = this.fixtures.assessment(this.episode, parent, child);
		this.dsl.update(ASSESSMENT)
			.set(ASSESSMENT.FROM_SOCIAL_CARE, true)
			.set(ASSESSMENT.SOCIAL_CARE_REFERENCE, "SC-FMA-1")
			.where(ASSESSMENT.ID.eq(assessment))
			.execute();
		view(assessment, otherAdult, "Otheradult's worries");
		view(assessment, secondParent, "Secondparent's worries");
		this.dsl.insertInto(CHILD_VOICE)
			.set(CHILD_VOICE.ID, Ids.newId())
			.set(CHILD_VOICE.ASSESSMENT_ID, assessment)
			.set(CHILD_VOICE.CHILD_ID, youngPerson)
			.set(CHILD_VOICE.WORRIES, "Youngperson's worry")
			.execute();

		this.parentsOutcome = outcome(parent, "For the parent only");
		this.parentsAction = this.fixtures.action(this.parentsOutcome, leadMember);
		this.fixtures.action(outcome(null, "For the whole family"), leadMember);
		this.fixtures.action(outcome(youngPerson, "For the young person"), leadMember);

		UUID meeting = this.fixtures.meeting(this.episode, List.of(leadMember), List.of(teacherMember));
		this.dsl.update(MEETING).set(MEETING.NOTES, "Meeting notes").where(MEETING.ID.eq(meeting)).execute();
		UUID review = this.fixtures.review(this.episode, meeting, lead);
		this.dsl.update(REVIEW).set(REVIEW.CHILD_VIEWS, "The child's view").where(REVIEW.ID.eq(review)).execute();
		this.fixtures.handover(this.episode, teacherMember, leadMember, lead);
		this.fixtures.familyComment(this.episode, parent);
		// The parent keeps a comment from the young people, through /graphql as the app would.
		as("fma-parent", ADD_COMMENT, Map.of("input", Map.of("episodeId", this.episode.toString(), "text",
				"Kept from the young people", "hiddenFromYoungPeople", true)));
	}

	private static final String ADD_COMMENT = """
			mutation($input: AddFamilyCommentInput!) { addFamilyComment(input: $input) {
			  episode { id } errors { code } } }""";

	private void view(UUID assessment, UUID person, String worries) {
		this.dsl.insertInto(PERSON_VIEW)
			.set(PERSON_VIEW.ID, Ids.newId())
			.set(PERSON_VIEW.ASSESSMENT_ID, assessment)
			.set(PERSON_VIEW.PERSON_ID, person)
			.set(PERSON_VIEW.WORRIES, worries)
			.execute();
	}

	private UUID outcome(@org.jspecify.annotations.Nullable UUID forPerson, String description) {
		UUID outcome = this.fixtures.outcome(this.episode, forPerson, "EDUCATION");
		this.dsl.update(OUTCOME).set(OUTCOME.DESCRIPTION, description).where(OUTCOME.ID.eq(outcome)).execute();
		return outcome;
	}

	/** The answer to a query, signed in as this user, with no GraphQL errors. */
	private DocumentContext as(String username, String query, Map<String, Object> variables) {
		return as(signIn(username, DEMO_PASSWORD), query, variables);
	}

	private DocumentContext as(Session session, String query, Map<String, Object> variables) {
		var result = web().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.cookie("JSESSIONID", session.id())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.header("X-XSRF-TOKEN", session.csrfToken())
			.bodyValue(Map.of("query", query, "variables", variables))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		DocumentContext json = JsonPath.using(LENIENT).parse(result);
		assertThat((Object) json.read("$.errors")).as(result).isNull();
		return json;
	}

	private DocumentContext episodeAs(String username) {
		return as(username, EPISODE, Map.of("e", this.episode.toString()));
	}

	private static List<Object> read(DocumentContext json, String path) {
		List<Object> found = json.read(path);
		return (found != null) ? found : List.of();
	}

	@Test
	void every_family_member_reads_the_episode_its_family_and_its_team() {
		for (String who : List.of("fma-parent", "fma-other-adult", "fma-young-person")) {
			DocumentContext json = episodeAs(who);
			assertThat((String) json.read("$.data.episode.status")).as(who).isEqualTo("ACTIVE");
			assertThat(read(json, "$.data.episode.family.members[*].givenName")).as(who)
				.contains("Parent", "Otheradult", "Youngperson", "Secondparent", "Littlechild");
			assertThat((String) json.read("$.data.episode.lead.practitioner.name")).as(who).isNotNull();
			assertThat(read(json, "$.data.episode.team[*].practitioner.name")).as(who).hasSize(2);
		}
	}

	@Test
	void a_family_member_reads_only_the_consents_they_gave() {
		assertThat(read(episodeAs("fma-lead"), "$.data.episode.consents[*].id")).hasSize(4);
		assertThat(read(episodeAs("fma-parent"), "$.data.episode.consents[*].givenBy.givenName")).hasSize(3)
			.containsOnly("Parent");
		assertThat(read(episodeAs("fma-young-person"), "$.data.episode.consents[*].id"))
			.containsExactly(this.youngPersonsConsent.toString());
		assertThat(read(episodeAs("fma-other-adult"), "$.data.episode.consents[*].id")).isEmpty();
		// Consent still stands for them all: it is worked out from every decision.
		String active = "query($e: ID!) { episode(id: $e) { hasActiveConsent } }";
		assertThat((Boolean) as("fma-other-adult", active, Map.of("e", this.episode.toString()))
			.read("$.data.episode.hasActiveConsent")).isTrue();
	}

	@Test
	void a_node_query_of_a_consent_someone_else_gave_answers_null() {
		String node = "query($id: ID!) { node(id: $id) { ... on Consent { scope } } }";
		assertThat((Object) as("fma-young-person", node, Map.of("id", this.parentsConsent.toString()))
			.read("$.data.node")).isNull();
		assertThat((Object) as("fma-other-adult", node, Map.of("id", this.youngPersonsConsent.toString()))
			.read("$.data.node")).isNull();
		assertThat((String) as("fma-parent", node, Map.of("id", this.parentsConsent.toString()))
			.read("$.data.node.scope")).isEqualTo("START");
		assertThat((String) as("fma-lead", node, Map.of("id", this.youngPersonsConsent.toString()))
			.read("$.data.node.scope")).isEqualTo("SHARE");
	}

	@Test
	void the_parent_reads_the_summary_and_their_own_view_and_no_child_voice() {
		DocumentContext lead = episodeAs("fma-lead");
		assertThat(read(lead, "$.data.episode.assessment.views[*].person.givenName")).containsExactlyInAnyOrder("Parent",
				"Otheradult", "Secondparent");
		assertThat(read(lead, "$.data.episode.assessment.childVoices[*].child.givenName"))
			.containsExactlyInAnyOrder("Littlechild", "Youngperson");
		assertThat((String) lead.read("$.data.episode.assessment.socialCareReference")).isEqualTo("SC-FMA-1");

		DocumentContext parent = episodeAs("fma-parent");
		assertThat((String) parent.read("$.data.episode.assessment.summary")).isEqualTo("Fixture summary");
		assertThat(read(parent, "$.data.episode.assessment.views[*].worries")).containsExactly("Private worries");
		assertThat(read(parent, "$.data.episode.assessment.childVoices")).isEmpty();
		assertThat((Object) parent.read("$.data.episode.assessment.socialCareReference")).isNull();
		assertThat((String) parent.read("$.data.episode.assessment.startedOn")).isNotNull();
	}

	@Test
	void only_a_parent_reads_why_early_help_was_asked_for() {
		assertThat((String) episodeAs("fma-lead").read("$.data.episode.requestReasons")).isEqualTo("Fixture");
		assertThat((String) episodeAs("fma-parent").read("$.data.episode.requestReasons")).isEqualTo("Fixture");
		assertThat((String) episodeAs("fma-other-adult").read("$.data.episode.requestReasons")).isEmpty();
		assertThat((String) episodeAs("fma-young-person").read("$.data.episode.requestReasons")).isEmpty();
	}

	@Test
	void another_adult_reads_their_own_view_and_no_summary() {
		DocumentContext otherAdult = episodeAs("fma-other-adult");
		assertThat((String) otherAdult.read("$.data.episode.assessment.startedOn")).isNotNull();
		assertThat((Object) otherAdult.read("$.data.episode.assessment.summary")).isNull();
		assertThat(read(otherAdult, "$.data.episode.assessment.servicesInvolved")).isEmpty();
		assertThat(read(otherAdult, "$.data.episode.assessment.views[*].worries"))
			.containsExactly("Otheradult's worries");
		assertThat(read(otherAdult, "$.data.episode.assessment.childVoices")).isEmpty();
	}

	@Test
	void the_young_person_reads_their_own_voice_and_nobody_elses() {
		DocumentContext young = episodeAs("fma-young-person");
		assertThat(read(young, "$.data.episode.assessment.childVoices[*].worries"))
			.containsExactly("Youngperson's worry");
		assertThat(read(young, "$.data.episode.assessment.views")).isEmpty();
		assertThat((Object) young.read("$.data.episode.assessment.summary")).isNull();
	}

	@Test
	void the_young_person_reads_the_outcomes_for_the_family_and_for_them_not_one_for_their_parent() {
		assertThat(read(episodeAs("fma-lead"), "$.data.episode.outcomes[*].description")).hasSize(3);
		for (String adult : List.of("fma-parent", "fma-other-adult")) {
			assertThat(read(episodeAs(adult), "$.data.episode.outcomes[*].description")).as(adult)
				.containsExactlyInAnyOrder("For the parent only", "For the whole family", "For the young person");
		}
		DocumentContext young = episodeAs("fma-young-person");
		assertThat(read(young, "$.data.episode.outcomes[*].description"))
			.containsExactlyInAnyOrder("For the whole family", "For the young person");
		assertThat(read(young, "$.data.episode.outcomes[*].actions[*].id")).hasSize(2)
			.doesNotContain(this.parentsAction.toString());
	}

	@Test
	void a_node_query_of_an_outcome_or_action_for_someone_else_answers_null_to_the_young_person() {
		String outcome = "query($id: ID!) { node(id: $id) { ... on Outcome { description } } }";
		String action = "query($id: ID!) { node(id: $id) { ... on Action { description } } }";
		Map<String, Object> theOutcome = Map.of("id", this.parentsOutcome.toString());
		Map<String, Object> theAction = Map.of("id", this.parentsAction.toString());
		assertThat((Object) as("fma-young-person", outcome, theOutcome).read("$.data.node")).isNull();
		assertThat((Object) as("fma-young-person", action, theAction).read("$.data.node")).isNull();
		assertThat((String) as("fma-other-adult", outcome, theOutcome).read("$.data.node.description"))
			.isEqualTo("For the parent only");
		assertThat((String) as("fma-parent", action, theAction).read("$.data.node.description")).isNotNull();
	}

	@Test
	void family_members_read_when_meetings_are_and_nothing_of_what_was_said_or_who_came() {
		DocumentContext lead = episodeAs("fma-lead");
		assertThat(read(lead, "$.data.episode.meetings[*].notes")).containsExactly("Meeting notes");
		assertThat(read(lead, "$.data.episode.meetings[*].attendees[*].id")).hasSize(1);
		assertThat(read(lead, "$.data.episode.meetings[*].apologies[*].id")).hasSize(1);
		for (String who : List.of("fma-parent", "fma-other-adult", "fma-young-person")) {
			DocumentContext json = episodeAs(who);
			assertThat(read(json, "$.data.episode.meetings[*].kind")).as(who).containsExactly("INITIAL_TAF");
			assertThat(read(json, "$.data.episode.meetings[*].heldOn")).as(who).hasSize(1);
			assertThat((Object) json.read("$.data.episode.meetings[0].notes")).as(who).isNull();
			assertThat((Object) json.read("$.data.episode.meetings[0].familyAttended")).as(who).isNull();
			assertThat(read(json, "$.data.episode.meetings[*].attendees[*]")).as(who).isEmpty();
			assertThat(read(json, "$.data.episode.meetings[*].apologies[*]")).as(who).isEmpty();
		}
	}

	@Test
	void no_family_member_reads_the_childs_views_at_a_review_and_the_young_person_not_the_familys() {
		DocumentContext lead = episodeAs("fma-lead");
		assertThat(read(lead, "$.data.episode.reviews[*].childViews")).containsExactly("The child's view");
		for (String who : List.of("fma-parent", "fma-other-adult", "fma-young-person")) {
			DocumentContext json = episodeAs(who);
			assertThat(read(json, "$.data.episode.reviews[*].progress")).as(who).containsExactly("POSITIVE_CHANGE");
			assertThat((String) json.read("$.data.episode.reviews[0].nextReviewDue")).as(who).isNotNull();
			assertThat((Object) json.read("$.data.episode.reviews[0].childViews")).as(who).isNull();
		}
		assertThat((String) episodeAs("fma-other-adult").read("$.data.episode.reviews[0].familyViews"))
			.isEqualTo("The family's view");
		assertThat((Object) episodeAs("fma-young-person").read("$.data.episode.reviews[0].familyViews")).isNull();
	}

	@Test
	void a_comment_kept_from_young_people_is_read_by_practitioners_the_adults_and_its_author_only() {
		String hidden = "$.data.episode.familyComments[?(@.text == 'Kept from the young people')]";
		DocumentContext lead = episodeAs("fma-lead");
		assertThat(read(lead, hidden + ".hiddenFromYoungPeople")).containsExactly(true);
		assertThat(read(episodeAs("fma-parent"), hidden + ".hiddenFromYoungPeople")).containsExactly(true);
		// The other adult reads it, without being told it is kept from the young people.
		assertThat(read(episodeAs("fma-other-adult"), hidden + ".text")).hasSize(1);
		assertThat(read(episodeAs("fma-other-adult"), hidden + ".hiddenFromYoungPeople")).containsOnlyNulls();
		assertThat(read(episodeAs("fma-young-person"), "$.data.episode.familyComments[*].text"))
			.contains("A comment from the family")
			.doesNotContain("Kept from the young people");
	}

	@Test
	void a_young_person_reads_their_own_comment_even_when_they_kept_it_from_young_people() {
		as("fma-young-person", ADD_COMMENT, Map.of("input", Map.of("episodeId", this.episode.toString(), "text",
				"My own words, kept", "hiddenFromYoungPeople", true)));
		assertThat(read(episodeAs("fma-young-person"), "$.data.episode.familyComments[*].text"))
			.contains("My own words, kept")
			.doesNotContain("Kept from the young people");
	}

	@Test
	void no_family_member_reads_the_handovers() {
		assertThat(read(episodeAs("fma-lead"), "$.data.episode.handovers[*].notes")).hasSize(1);
		for (String who : List.of("fma-parent", "fma-other-adult", "fma-young-person")) {
			assertThat(read(episodeAs(who), "$.data.episode.handovers")).as(who).isEmpty();
		}
	}

	@Test
	void family_members_read_how_an_episode_closed_but_not_the_reasons_for_a_step_up_nor_the_childs_feedback() {
		String query = """
				query($e: ID!) { episode(id: $e) { status closure { closedOn reason summary familyFeedback childFeedback
				  signposting } } }""";
		Map<String, Object> earlier = Map.of("e", this.earlierEpisode.toString());
		DocumentContext lead = as("fma-lead", query, earlier);
		assertThat((String) lead.read("$.data.episode.closure.summary")).isEqualTo("Stepped up: the reasons");
		assertThat((String) lead.read("$.data.episode.closure.childFeedback")).isEqualTo("The child's feedback");
		for (String who : List.of("fma-parent", "fma-other-adult", "fma-young-person")) {
			DocumentContext json = as(who, query, earlier);
			assertThat((String) json.read("$.data.episode.closure.reason")).as(who).isEqualTo("STEPPED_UP");
			assertThat((String) json.read("$.data.episode.closure.summary")).as(who)
				.isEqualTo(org.hearth.closure.ClosureService.STEPPED_UP_FOR_THE_FAMILY);
			assertThat(read(json, "$.data.episode.closure.signposting")).as(who).containsExactly("Family Lives helpline");
			assertThat((Object) json.read("$.data.episode.closure.childFeedback")).as(who).isNull();
		}
		assertThat((String) as("fma-parent", query, earlier).read("$.data.episode.closure.familyFeedback"))
			.isEqualTo("The family's feedback");
		assertThat((Object) as("fma-young-person", query, earlier).read("$.data.episode.closure.familyFeedback"))
			.isNull();
	}

	@Test
	void the_young_persons_own_plan_shows_what_is_about_them_and_nothing_kept_from_them() {
		String myPlan = "FamilyPlanEndpoint/myPlan";
		DocumentContext young = JsonPath.using(LENIENT).parse(callEndpoint(signIn("fma-young-person", DEMO_PASSWORD),
				myPlan, Map.of()).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
		assertThat((Boolean) young.read("$.youngPerson")).isTrue();
		assertThat(read(young, "$.plan.outcomes[*].description")).containsExactlyInAnyOrder("For the whole family",
				"For the young person");
		assertThat(read(young, "$.plan.comments[*].text")).contains("A comment from the family")
			.doesNotContain("Kept from the young people");
		assertThat(read(young, "$.plan.consents[*].scope")).containsExactly("SHARE");
		assertThat((Object) young.read("$.plan.lastReview.familyViews")).isNull();
		assertThat((Boolean) young.read("$.plan.mayWithdraw")).as("14, old enough to decide").isTrue();

		DocumentContext parent = JsonPath.using(LENIENT).parse(callEndpoint(signIn("fma-parent", DEMO_PASSWORD),
				myPlan, Map.of()).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
		assertThat((Boolean) parent.read("$.youngPerson")).isFalse();
		assertThat(read(parent, "$.plan.outcomes[*].description")).contains("For the parent only");
		assertThat(read(parent, "$.plan.comments[?(@.hiddenFromYoungPeople == true)].text"))
			.containsExactly("Kept from the young people");
		assertThat(read(parent, "$.plan.consents[*].scope")).containsExactlyInAnyOrder("START", "STORE", "SHARE");
		assertThat((Boolean) parent.read("$.plan.mayWithdraw")).isTrue();

		DocumentContext otherAdult = JsonPath.using(LENIENT).parse(callEndpoint(signIn("fma-other-adult",
				DEMO_PASSWORD), myPlan, Map.of()).expectStatus().isOk().expectBody(String.class).returnResult()
			.getResponseBody());
		assertThat((Boolean) otherAdult.read("$.plan.mayWithdraw")).as("no parental responsibility").isFalse();
		assertThat(read(otherAdult, "$.plan.consents")).isEmpty();
	}

	@Test
	void narrowing_keeps_reads_batched_one_look_up_of_the_caller_per_narrowed_list_at_most() {
		Map<String, Object> variables = Map.of("e", this.episode.toString());
		Session lead = signIn("fma-lead", DEMO_PASSWORD);
		Session parent = signIn("fma-parent", DEMO_PASSWORD);
		as(lead, EPISODE, variables);
		as(parent, EPISODE, variables);
		int forTheLead = this.statements.countDuring(() -> as(lead, EPISODE, variables));
		int forTheParent = this.statements.countDuring(() -> as(parent, EPISODE, variables));
		System.out.printf("Statements for the whole episode: the lead %d, the parent %d%n", forTheLead, forTheParent);
		// Each narrowed list looks up who the family member is once (fewer reads of attendance than for the lead make
		// up for some): 7 more than the lead's here. A look-up per record read would cross this bound.
		assertThat(forTheParent).isLessThanOrEqualTo(forTheLead + 8);
	}

}
