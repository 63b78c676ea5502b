package org.hearth.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_SERVICE_INVOLVED;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The assessment step through /graphql with real sign-in: starting it once consent is in, each person's view and
 * each child's voice (changed from the version read, a field someone else changed since being a CONFLICT), completing
 * it into planning; each refusal leaves the database as it was, a replay changes nothing, and only the lead's side
 * and the team may take these steps.
 */
class AssessmentWritesTests extends HearthIntegrationTests {

	private static final String EPISODE_FIELDS = """
			episode { status
			  timescales { assessmentDue assessmentOverdue initialMeetingDue }
			  assessment { startedOn completedOn summary servicesInvolved version
			    views { version worries strengths wishes isOpinion person { givenName } }
			    childVoices { version worries goodThings dreams child { givenName } } } }
			errors { field code message conflict { currentValue changedBy } }""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * An episode (opened 30 days ago) of a family with a mother and a child, led by {@code lead} with {@code member}
	 * from another agency on the team, all consent given; {@code outsider} is on no team, {@code parent} is the
	 * family's own account, {@code stranger} belongs to another family.
	 */
	private record Household(UUID episode, String lead, String member, String outsider, String parent, UUID mother,
			UUID child, UUID stranger) {
	}

	private Household household(String status) {
		String prefix = "asm-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID member = this.fixtures.practitioner(prefix + "-member", this.fixtures.newAgency("Other " + prefix), null);
		this.fixtures.practitioner(prefix + "-outsider", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID mother = this.fixtures.person(family, "Mother", "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID stranger = this.fixtures.person(this.fixtures.family("G-" + prefix), "Stranger", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(member));
		if (!"REQUESTED".equals(status)) {
			this.fixtures.fullConsent(episode, mother, lead);
		}
		this.dsl.update(EPISODE).set(EPISODE.STATUS, status).where(EPISODE.ID.eq(episode)).execute();
		return new Household(episode, prefix + "-lead", prefix + "-member", prefix + "-outsider", prefix + "-parent",
				mother, child, stranger);
	}

	private static GraphQlTester.Response mutate(HttpGraphQlTester caller, String mutation, String inputType,
			Map<String, Object> input) {
		return caller.document("""
				mutation($input: %s!) { %s(input: $input) { %s } }""".formatted(inputType, mutation, EPISODE_FIELDS))
			.variable("input", input)
			.execute();
	}

	private static GraphQlTester.Response start(HttpGraphQlTester caller, UUID episode) {
		return mutate(caller, "startAssessment", "EpisodeRefInput", Map.of("episodeId", episode.toString()));
	}

	/** A view's input: the episode, the person, then field/value pairs. */
	private static Map<String, Object> view(UUID episode, UUID person, Object... fields) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", episode.toString(), "personId", person.toString()));
		for (int i = 0; i < fields.length; i += 2) {
			input.put((String) fields[i], fields[i + 1]);
		}
		return input;
	}

	private static Map<String, Object> voice(UUID episode, UUID child, Object... fields) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", episode.toString(), "childId", child.toString()));
		for (int i = 0; i < fields.length; i += 2) {
			input.put((String) fields[i], fields[i + 1]);
		}
		return input;
	}

	private static GraphQlTester.Response recordView(HttpGraphQlTester caller, Map<String, Object> input) {
		return mutate(caller, "recordPersonView", "RecordPersonViewInput", input);
	}

	private static GraphQlTester.Response recordVoice(HttpGraphQlTester caller, Map<String, Object> input) {
		return mutate(caller, "recordChildVoice", "RecordChildVoiceInput", input);
	}

	private static GraphQlTester.Response complete(HttpGraphQlTester caller, UUID episode, Object... fields) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", episode.toString()));
		for (int i = 0; i < fields.length; i += 2) {
			input.put((String) fields[i], fields[i + 1]);
		}
		return mutate(caller, "completeAssessment", "CompleteAssessmentInput", input);
	}

	private static void ok(GraphQlTester.Response response, String mutation) {
		response.path(mutation + ".errors").entityList(Object.class).hasSize(0);
	}

	/** Refused with the code at the field path (as {@code refused}, for a path of any length). */
	private static void refusedAt(GraphQlTester.Response response, String mutation, String code, String... field) {
		response.path(mutation + ".errors[0].code").entity(String.class).isEqualTo(code);
		response.path(mutation + ".errors[0].field").entityList(String.class).containsExactly(field);
		response.path(mutation + ".episode").valueIsNull();
	}

	/** Everything the assessment's steps write about an episode, to compare before and after a refusal. */
	private List<Object> state(UUID episode) {
		var assessment = ASSESSMENT.EPISODE_ID.eq(episode);
		return List.of(
				this.dsl.select(EPISODE.STATUS, EPISODE.VERSION, EPISODE.NEXT_DUE_ON)
					.from(EPISODE)
					.where(EPISODE.ID.eq(episode))
					.fetch()
					.intoMaps(),
				this.dsl.selectFrom(ASSESSMENT).where(assessment).fetch().intoMaps(),
				this.dsl.select(PERSON_VIEW.fields())
					.from(PERSON_VIEW)
					.join(ASSESSMENT)
					.on(ASSESSMENT.ID.eq(PERSON_VIEW.ASSESSMENT_ID))
					.where(assessment)
					.orderBy(PERSON_VIEW.ID)
					.fetch()
					.intoMaps(),
				this.dsl.select(CHILD_VOICE.fields())
					.from(CHILD_VOICE)
					.join(ASSESSMENT)
					.on(ASSESSMENT.ID.eq(CHILD_VOICE.ASSESSMENT_ID))
					.where(assessment)
					.orderBy(CHILD_VOICE.ID)
					.fetch()
					.intoMaps(),
				this.dsl.select(ASSESSMENT_SERVICE_INVOLVED.fields())
					.from(ASSESSMENT_SERVICE_INVOLVED)
					.join(ASSESSMENT)
					.on(ASSESSMENT.ID.eq(ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID))
					.where(assessment)
					.fetch()
					.intoMaps(),
				this.dsl.fetchCount(AUDIT_EVENT,
						AUDIT_EVENT.EPISODE_ID.eq(episode).and(AUDIT_EVENT.SUBJECT_ID.isNotNull())));
	}

	private LocalDate nextDueOn(UUID episode) {
		return this.dsl.select(EPISODE.NEXT_DUE_ON).from(EPISODE).where(EPISODE.ID.eq(episode)).fetchSingle().value1();
	}

	private int policyDays(HttpGraphQlTester caller, String field) {
		return caller.document("{ policy { " + field + " } }").execute().path("policy." + field).entity(Integer.class).get();
	}

	@Test
	void consent_then_start_views_voice_and_completion_move_the_episode_from_requested_to_planning() {
		Household household = household("REQUESTED");
		HttpGraphQlTester lead = signedInAs(household.lead());
		int assessmentDays = policyDays(lead, "assessmentDueDays");
		int meetingDays = policyDays(lead, "initialMeetingDueDays");
		LocalDate opened = today().minusDays(30);

		refusedAt(start(lead, household.episode()), "startAssessment", "CONSENT_REQUIRED", "input", "episodeId");
		for (String scope : List.of("START", "STORE")) {
			lead.document("""
					mutation($e: ID!, $p: ID!) { recordConsent(input: { episodeId: $e, scope: %s, decision: GIVEN,
					  givenByPersonId: $p, method: VERBAL }) { errors { code } } }""".formatted(scope))
				.variable("e", household.episode().toString())
				.variable("p", household.mother().toString())
				.execute()
				.path("recordConsent.errors")
				.entityList(Object.class)
				.hasSize(0);
		}

		var started = start(lead, household.episode());
		ok(started, "startAssessment");
		started.path("startAssessment.episode.status").entity(String.class).isEqualTo("ASSESSING");
		started.path("startAssessment.episode.assessment.startedOn").entity(String.class).isEqualTo(today().toString());
		started.path("startAssessment.episode.timescales.assessmentDue")
			.entity(String.class)
			.isEqualTo(today().plusDays(assessmentDays).toString());
		started.path("startAssessment.episode.timescales.assessmentOverdue").entity(Boolean.class).isEqualTo(false);
		assertThat(opened.plusDays(assessmentDays)).as("due from the start, not from the opening").isBefore(today());
		assertThat(nextDueOn(household.episode())).isEqualTo(today().plusDays(assessmentDays));

		var viewed = recordView(lead, view(household.episode(), household.mother(), "worries", "Mornings",
				"strengths", "  Loves her kids  ", "isOpinion", true));
		ok(viewed, "recordPersonView");
		viewed.path("recordPersonView.episode.status").entity(String.class).isEqualTo("ASSESSING");
		viewed.path("recordPersonView.episode.assessment.views[0].strengths").entity(String.class)
			.isEqualTo("Loves her kids");
		viewed.path("recordPersonView.episode.assessment.views[0].wishes").valueIsNull();
		viewed.path("recordPersonView.episode.assessment.views[0].isOpinion").entity(Boolean.class).isEqualTo(true);
		viewed.path("recordPersonView.episode.assessment.views[0].person.givenName").entity(String.class)
			.isEqualTo("Mother");

		var voiced = recordVoice(lead, voice(household.episode(), household.child(), "dreams", "A dog"));
		ok(voiced, "recordChildVoice");
		voiced.path("recordChildVoice.episode.assessment.childVoices[0].dreams").entity(String.class)
			.isEqualTo("A dog");
		voiced.path("recordChildVoice.episode.timescales.assessmentDue")
			.entity(String.class)
			.isEqualTo(today().plusDays(assessmentDays).toString());

		var completed = complete(lead, household.episode(), "summary", " Mornings are hard; school is a help. ",
				"servicesInvolved", List.of("School nurse", " ", "GP"), "version", 0);
		ok(completed, "completeAssessment");
		completed.path("completeAssessment.episode.status").entity(String.class).isEqualTo("PLANNING");
		completed.path("completeAssessment.episode.assessment.completedOn").entity(String.class)
			.isEqualTo(today().toString());
		completed.path("completeAssessment.episode.assessment.summary").entity(String.class)
			.isEqualTo("Mornings are hard; school is a help.");
		completed.path("completeAssessment.episode.assessment.servicesInvolved").entityList(String.class)
			.containsExactly("School nurse", "GP");
		completed.path("completeAssessment.episode.timescales.initialMeetingDue")
			.entity(String.class)
			.isEqualTo(today().plusDays(meetingDays).toString());
		assertThat(nextDueOn(household.episode())).isEqualTo(today().plusDays(meetingDays));
	}

	@Test
	void an_assessment_starts_once_from_the_episode_as_read_and_not_after_it_is_done() {
		Household household = household("ASSESSING");
		HttpGraphQlTester lead = signedInAs(household.lead());
		int version = this.dsl.select(EPISODE.VERSION)
			.from(EPISODE)
			.where(EPISODE.ID.eq(household.episode()))
			.fetchSingle()
			.value1();
		List<Object> unstarted = state(household.episode());
		refusedAt(mutate(lead, "startAssessment", "EpisodeRefInput",
				Map.of("episodeId", household.episode().toString(), "version", version + 1)), "startAssessment",
				"STALE_VERSION", "input", "version");
		assertThat(state(household.episode())).isEqualTo(unstarted);
		ok(mutate(signedInAs(household.member()), "startAssessment", "EpisodeRefInput",
				Map.of("episodeId", household.episode().toString(), "version", version)), "startAssessment");
		List<Object> before = state(household.episode());
		refusedAt(start(lead, household.episode()), "startAssessment", "ALREADY_STARTED", "input", "episodeId");
		assertThat(state(household.episode())).isEqualTo(before);
		for (String status : List.of("PLANNING", "ACTIVE")) {
			Household assessed = household(status);
			List<Object> untouched = state(assessed.episode());
			refusedAt(start(signedInAs(assessed.lead()), assessed.episode()), "startAssessment", "ALREADY_ASSESSED",
					"input", "episodeId");
			assertThat(state(assessed.episode())).isEqualTo(untouched);
		}
	}

	@Test
	void the_first_view_starts_the_assessment_and_a_view_needs_a_family_member_saying_something_while_assessing() {
		Household household = household("ASSESSING");
		HttpGraphQlTester lead = signedInAs(household.lead());
		List<Object> before = state(household.episode());
		refusedAt(recordView(lead, view(household.episode(), household.stranger(), "worries", "Rent")),
				"recordPersonView", "NOT_IN_FAMILY", "input", "personId");
		refusedAt(recordView(lead, view(household.episode(), household.mother(), "worries", " ", "wishes", "")),
				"recordPersonView", "REQUIRED", "input", "worries");
		assertThat(state(household.episode())).isEqualTo(before);

		var first = recordView(lead, view(household.episode(), household.mother(), "wishes", "Calmer mornings"));
		ok(first, "recordPersonView");
		first.path("recordPersonView.episode.assessment.startedOn").entity(String.class).isEqualTo(today().toString());
		first.path("recordPersonView.episode.assessment.views[0].isOpinion").entity(Boolean.class).isEqualTo(false);
		assertThat(nextDueOn(household.episode())).isAfter(today());

		Household planning = household("PLANNING");
		List<Object> untouched = state(planning.episode());
		refusedAt(recordView(signedInAs(planning.lead()), view(planning.episode(), planning.mother(), "worries", "Rent")),
				"recordPersonView", "NOT_ASSESSING", "input", "episodeId");
		assertThat(state(planning.episode())).isEqualTo(untouched);
	}

	@Test
	void a_view_changes_from_the_version_read_and_a_field_someone_else_changed_since_is_a_conflict() {
		Household household = household("ASSESSING");
		HttpGraphQlTester lead = signedInAs(household.lead());
		HttpGraphQlTester member = signedInAs(household.member());
		ok(recordView(lead, view(household.episode(), household.mother(), "worries", "Mornings")), "recordPersonView");

		List<Object> before = state(household.episode());
		refusedAt(recordView(member, view(household.episode(), household.mother(), "worries", "Money")),
				"recordPersonView", "VERSION_REQUIRED", "input", "version");
		assertThat(state(household.episode())).isEqualTo(before);

		// Both read version 0: the member changes the worries, the lead then the strengths (a different field).
		ok(recordView(member, view(household.episode(), household.mother(), "worries", "Money", "version", 0)),
				"recordPersonView");
		var merged = recordView(lead,
				view(household.episode(), household.mother(), "strengths", "Organised", "version", 0));
		ok(merged, "recordPersonView");
		merged.path("recordPersonView.episode.assessment.views[0].worries").entity(String.class).isEqualTo("Money");
		merged.path("recordPersonView.episode.assessment.views[0].strengths").entity(String.class)
			.isEqualTo("Organised");
		merged.path("recordPersonView.episode.assessment.views[0].version").entity(Integer.class).isEqualTo(2);

		before = state(household.episode());
		var conflict = recordView(lead,
				view(household.episode(), household.mother(), "worries", "Mornings and money", "version", 0));
		refusedAt(conflict, "recordPersonView", "CONFLICT", "input", "worries");
		conflict.path("recordPersonView.errors[0].conflict.currentValue").entity(String.class).isEqualTo("Money");
		conflict.path("recordPersonView.errors[0].conflict.changedBy").entity(String.class)
			.isEqualTo("Test " + household.member());
		assertThat(state(household.episode())).isEqualTo(before);

		refusedAt(recordView(lead, view(household.episode(), household.mother(), "worries", "x", "version", 7)),
				"recordPersonView", "STALE_VERSION", "input", "version");
		// From the current version the same change goes through.
		ok(recordView(lead, view(household.episode(), household.mother(), "worries", "Mornings and money", "version",
				2)), "recordPersonView");
	}

	@Test
	void a_childs_voice_is_a_childs_and_changes_as_a_view_does() {
		Household household = household("ASSESSING");
		HttpGraphQlTester lead = signedInAs(household.lead());
		HttpGraphQlTester member = signedInAs(household.member());
		List<Object> before = state(household.episode());
		refusedAt(recordVoice(lead, voice(household.episode(), household.mother(), "worries", "Shouting")),
				"recordChildVoice", "NOT_A_CHILD", "input", "childId");
		refusedAt(recordVoice(lead, voice(household.episode(), household.child())), "recordChildVoice", "REQUIRED",
				"input", "worries");
		assertThat(state(household.episode())).isEqualTo(before);

		var voiced = recordVoice(lead, voice(household.episode(), household.child(), "worries", "Shouting",
				"goodThings", "My friends"));
		ok(voiced, "recordChildVoice");
		voiced.path("recordChildVoice.episode.assessment.childVoices[0].child.givenName").entity(String.class)
			.isEqualTo("Child");

		refusedAt(recordVoice(member, voice(household.episode(), household.child(), "dreams", "A dog")),
				"recordChildVoice", "VERSION_REQUIRED", "input", "version");
		ok(recordVoice(member, voice(household.episode(), household.child(), "goodThings", "Football", "version", 0)),
				"recordChildVoice");
		before = state(household.episode());
		var conflict = recordVoice(lead,
				voice(household.episode(), household.child(), "goodThings", "Friends", "version", 0));
		refusedAt(conflict, "recordChildVoice", "CONFLICT", "input", "goodThings");
		conflict.path("recordChildVoice.errors[0].conflict.currentValue").entity(String.class).isEqualTo("Football");
		assertThat(state(household.episode())).isEqualTo(before);
		var dreams = recordVoice(lead, voice(household.episode(), household.child(), "dreams", "A dog", "version", 0));
		ok(dreams, "recordChildVoice");
		dreams.path("recordChildVoice.episode.assessment.childVoices[0].goodThings").entity(String.class)
			.isEqualTo("Football");

		Household planning = household("PLANNING");
		List<Object> untouched = state(planning.episode());
		refusedAt(recordVoice(signedInAs(planning.lead()), voice(planning.episode(), planning.child(), "dreams", "Sea")),
				"recordChildVoice", "NOT_ASSESSING", "input", "episodeId");
		assertThat(state(planning.episode())).isEqualTo(untouched);
	}

	@Test
	void completing_needs_a_summary_a_view_and_the_current_version() {
		Household household = household("ASSESSING");
		HttpGraphQlTester lead = signedInAs(household.lead());
		ok(start(lead, household.episode()), "startAssessment");
		List<Object> before = state(household.episode());
		refusedAt(complete(lead, household.episode(), "summary", "Mornings"), "completeAssessment", "NO_VIEWS", "input");
		assertThat(state(household.episode())).isEqualTo(before);
		// A child's voice is not a person's view.
		ok(recordVoice(lead, voice(household.episode(), household.child(), "worries", "Shouting")),
				"recordChildVoice");
		before = state(household.episode());
		refusedAt(complete(lead, household.episode(), "summary", "Mornings"), "completeAssessment", "NO_VIEWS", "input");
		assertThat(state(household.episode())).isEqualTo(before);
		ok(recordView(lead, view(household.episode(), household.mother(), "worries", "Mornings")), "recordPersonView");
		before = state(household.episode());
		refusedAt(complete(lead, household.episode(), "summary", "  "), "completeAssessment", "REQUIRED", "input",
				"summary");
		refusedAt(complete(lead, household.episode(), "summary", "Mornings", "version", 3), "completeAssessment",
				"STALE_VERSION", "input", "version");
		assertThat(state(household.episode())).isEqualTo(before);

		var done = complete(lead, household.episode(), "summary", "Mornings");
		ok(done, "completeAssessment");
		done.path("completeAssessment.episode.status").entity(String.class).isEqualTo("PLANNING");
		done.path("completeAssessment.episode.assessment.servicesInvolved").entityList(String.class).hasSize(0);
		before = state(household.episode());
		refusedAt(complete(lead, household.episode(), "summary", "Again"), "completeAssessment", "NOT_ASSESSING", "input",
				"episodeId");
		assertThat(state(household.episode())).isEqualTo(before);
	}

	@Test
	void sending_a_request_again_changes_nothing_and_answers_the_same_and_a_reused_id_is_refusedAt() {
		Household household = household("ASSESSING");
		HttpGraphQlTester lead = signedInAs(household.lead());
		String startId = UUID.randomUUID().toString();
		Map<String, Object> startInput = Map.of("episodeId", household.episode().toString(), "requestId", startId);
		ok(mutate(lead, "startAssessment", "EpisodeRefInput", startInput), "startAssessment");
		List<Object> started = state(household.episode());
		ok(mutate(lead, "startAssessment", "EpisodeRefInput", startInput), "startAssessment");
		assertThat(state(household.episode())).isEqualTo(started);

		Map<String, Object> viewInput = view(household.episode(), household.mother(), "worries", "Mornings",
				"requestId", UUID.randomUUID().toString());
		var first = recordView(lead, viewInput);
		ok(first, "recordPersonView");
		List<Object> viewed = state(household.episode());
		var again = recordView(lead, viewInput);
		ok(again, "recordPersonView");
		again.path("recordPersonView.episode.assessment.views")
			.entityList(Object.class)
			.isEqualTo(first.path("recordPersonView.episode.assessment.views").entityList(Object.class).get());
		assertThat(state(household.episode())).isEqualTo(viewed);
		Map<String, Object> otherInput = new HashMap<>(viewInput);
		otherInput.put("worries", "Money");
		refusedAt(recordView(lead, otherInput), "recordPersonView", "ID_REUSED", "input");
		assertThat(state(household.episode())).isEqualTo(viewed);

		Map<String, Object> voiceInput = voice(household.episode(), household.child(), "dreams", "A dog", "requestId",
				UUID.randomUUID().toString());
		ok(recordVoice(lead, voiceInput), "recordChildVoice");
		List<Object> voiced = state(household.episode());
		ok(recordVoice(lead, voiceInput), "recordChildVoice");
		assertThat(state(household.episode())).isEqualTo(voiced);

		String completeId = UUID.randomUUID().toString();
		ok(complete(lead, household.episode(), "summary", "Mornings", "requestId", completeId), "completeAssessment");
		List<Object> completed = state(household.episode());
		var replayed = complete(lead, household.episode(), "summary", "Mornings", "requestId", completeId);
		ok(replayed, "completeAssessment");
		replayed.path("completeAssessment.episode.status").entity(String.class).isEqualTo("PLANNING");
		assertThat(state(household.episode())).isEqualTo(completed);
		refusedAt(complete(lead, household.episode(), "summary", "Other words", "requestId", completeId),
				"completeAssessment", "ID_REUSED", "input");
	}

	@Test
	void a_practitioner_off_the_team_and_the_family_itself_may_not_take_these_steps() {
		Household household = household("ASSESSING");
		ok(recordView(signedInAs(household.lead()), view(household.episode(), household.mother(), "worries", "Mornings")),
				"recordPersonView");
		List<Object> before = state(household.episode());
		for (String who : List.of(household.outsider(), household.parent())) {
			HttpGraphQlTester caller = signedInAs(who);
			forbidden(start(caller, household.episode()), "startAssessment");
			forbidden(recordView(caller, view(household.episode(), household.mother(), "worries", "Theirs", "version", 0)),
					"recordPersonView");
			forbidden(recordVoice(caller, voice(household.episode(), household.child(), "dreams", "Theirs")),
					"recordChildVoice");
			forbidden(complete(caller, household.episode(), "summary", "Theirs"), "completeAssessment");
		}
		assertThat(state(household.episode())).isEqualTo(before);
	}

	@Test
	void the_apps_endpoint_records_a_view_through_the_same_service_and_is_closed_to_families() {
		Household household = household("ASSESSING");
		String body = """
				{"input":{"episodeId":"%s","personId":"%s","worries":"Mornings","strengths":null,"wishes":null,
				"isOpinion":true,"version":null,"requestId":null}}""".formatted(household.episode(), household.mother());
		callEndpoint(signIn(household.lead(), DEMO_PASSWORD), "AssessmentEndpoint/recordPersonView", body)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.episode.status")
			.isEqualTo("ASSESSING")
			.jsonPath("$.errors")
			.isEmpty();
		List<Object> before = state(household.episode());
		callEndpoint(signIn(household.lead(), DEMO_PASSWORD), "AssessmentEndpoint/recordPersonView", body)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].code")
			.isEqualTo("VERSION_REQUIRED");
		callEndpoint(signIn(household.parent(), DEMO_PASSWORD), "AssessmentEndpoint/recordPersonView", body)
			.expectStatus()
			.is4xxClientError();
		assertThat(state(household.episode())).isEqualTo(before);
		assertThat(this.dsl.select(PERSON_VIEW.WORRIES, PERSON_VIEW.IS_OPINION)
			.from(PERSON_VIEW)
			.join(ASSESSMENT)
			.on(ASSESSMENT.ID.eq(PERSON_VIEW.ASSESSMENT_ID))
			.where(ASSESSMENT.EPISODE_ID.eq(household.episode()))
			.fetchSingle()
			.intoList()).containsExactly("Mornings", true);
	}

}
