package org.hearth.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code requestEarlyHelp} through /graphql with real sign-in: a new family's request opens a requested episode led
 * by the requester; a child with an open plan elsewhere stops it (with the plan to join); a replay opens nothing new.
 */
class RequestEarlyHelpTests extends HearthIntegrationTests {

	private static final String REQUEST = """
			mutation($input: RequestEarlyHelpInput!) {
			  requestEarlyHelp(input: $input) {
			    episode { id reference status source family { reference members { givenName role } }
			              team { isLead practitioner { name } } }
			    existingPlans { episodeReference leadName }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * A practitioner of their own for each test: a request puts the requester on the new team, and the demo
	 * practitioners' lists are what other tests read.
	 */
	private String worker() {
		String username = "req-" + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.practitioner(username, this.fixtures.newAgency("Agency " + username), null);
		return username;
	}

	private static Map<String, Object> child(String given, String family, LocalDate born) {
		return Map.of("givenName", given, "familyName", family, "dateOfBirth", born.toString(), "role", "CHILD",
				"livesInHousehold", true, "hasParentalResponsibility", false);
	}

	private static Map<String, Object> parent(String given, String family) {
		return Map.of("givenName", given, "familyName", family, "role", "PARENT_CARER", "livesInHousehold", true,
				"hasParentalResponsibility", true);
	}

	private static GraphQlTester.Response request(HttpGraphQlTester caller, @Nullable UUID id,
			List<Map<String, Object>> members) {
		Map<String, Object> input = new HashMap<>(Map.of("newFamily",
				Map.of("address", Map.of("line1", "1 Test Row", "postcode", "NG1 1AA"), "members", members),
				"levelOfNeed", "LEVEL_2", "source", "PRACTITIONER_REQUEST", "requestReasons",
				"Mornings are hard; school attendance has dropped."));
		if (id != null) {
			input.put("id", id.toString());
		}
		return caller.document(REQUEST).variable("input", input).execute();
	}

	@Test
	void a_request_for_a_new_family_opens_a_requested_episode_led_by_the_practitioner_who_asked() {
		String surname = "Req" + UUID.randomUUID().toString().substring(0, 6);
		String worker = worker();
		var opened = request(signedInAs(worker), null,
				List.of(parent("Jo", surname), child("Kit", surname, LocalDate.now().minusYears(7))));
		opened.path("requestEarlyHelp.errors").entityList(Object.class).hasSize(0);
		opened.path("requestEarlyHelp.episode.status").entity(String.class).isEqualTo("REQUESTED");
		opened.path("requestEarlyHelp.episode.reference").entity(String.class).matches(ref -> ref.matches("EP-\\d{4}-\\d{6}"));
		opened.path("requestEarlyHelp.episode.family.reference")
			.entity(String.class)
			.matches(ref -> ref.matches("EH-\\d{4}-\\d{6}"));
		opened.path("requestEarlyHelp.episode.family.members[*].givenName").entityList(String.class).contains("Jo", "Kit");
		opened.path("requestEarlyHelp.episode.team[0].isLead").entity(Boolean.class).isEqualTo(true);
		opened.path("requestEarlyHelp.episode.team[0].practitioner.name").entity(String.class).isEqualTo("Test " + worker);
	}

	@Test
	void a_child_with_an_open_plan_elsewhere_stops_the_request_and_names_the_plan_to_join() {
		String surname = "Dup" + UUID.randomUUID().toString().substring(0, 6);
		LocalDate born = LocalDate.now().minusYears(9);
		String worker = worker();
		request(signedInAs(worker), null, List.of(parent("Ana", surname), child("Zoë", surname, born)))
			.path("requestEarlyHelp.errors")
			.entityList(Object.class)
			.hasSize(0);
		long families = this.dsl.fetchCount(FAMILY);

		// The same child, typed another way (case, accent, spaces), at another address.
		var refused = request(signedInAs(worker()), null,
				List.of(parent("Ben", surname), child("  zoe ", surname.toUpperCase(), born)));
		refused.path("requestEarlyHelp.errors[0].code").entity(String.class).isEqualTo("PLAN_ALREADY_OPEN");
		refused.path("requestEarlyHelp.episode").valueIsNull();
		refused.path("requestEarlyHelp.existingPlans[0].leadName").entity(String.class).isEqualTo("Test " + worker);
		assertThat(this.dsl.fetchCount(FAMILY)).as("the new family was not kept").isEqualTo(families);
	}

	@Test
	void sending_a_request_twice_opens_one_episode() {
		String surname = "Rep" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = UUID.randomUUID();
		List<Map<String, Object>> members = List.of(parent("Lee", surname), child("Sky", surname,
				LocalDate.now().minusYears(5)));
		HttpGraphQlTester worker = signedInAs(worker());
		request(worker, id, members).path("requestEarlyHelp.episode.id").entity(String.class).isEqualTo(id.toString());
		request(worker, id, members).path("requestEarlyHelp.episode.id").entity(String.class).isEqualTo(id.toString());
		assertThat(this.dsl.fetchCount(EPISODE, EPISODE.ID.eq(id))).isEqualTo(1);
		assertThat(this.dsl.fetchCount(FAMILY, FAMILY.ID.in(this.dsl.select(EPISODE.FAMILY_ID).from(EPISODE)
			.where(EPISODE.REQUEST_REASONS.eq("Mornings are hard; school attendance has dropped."))
			.and(EPISODE.ID.eq(id))))).isEqualTo(1);
	}

	@Test
	void a_request_needs_a_child_and_reasons_and_only_practitioners_make_one() {
		String surname = "Bad" + UUID.randomUUID().toString().substring(0, 6);
		HttpGraphQlTester worker = signedInAs(worker());
		request(worker, null, List.of(parent("Only", surname))).path("requestEarlyHelp.errors[0].code")
			.entity(String.class)
			.isEqualTo("CHILD_REQUIRED");
		var future = request(worker, null,
				List.of(parent("Pat", surname), child("Tomorrow", surname, LocalDate.now().plusDays(3))));
		future.path("requestEarlyHelp.errors[0].code").entity(String.class).isEqualTo("IN_THE_FUTURE");
		future.path("requestEarlyHelp.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "newFamily", "members", "1", "dateOfBirth");

		var parentAsks = request(signedInAs("dana"), null,
				List.of(parent("Dana", surname), child("Kid", surname, LocalDate.now().minusYears(4))));
		parentAsks.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		assertThat(this.dsl.fetchCount(org.hearth.db.jooq.Tables.PERSON,
				org.hearth.db.jooq.Tables.PERSON.FAMILY_NAME.eq(surname))).isZero();
	}

	@Test
	void a_step_down_brings_social_cares_reference_and_assessment_and_nothing_else_does() {
		String surname = "Stp" + UUID.randomUUID().toString().substring(0, 6);
		HttpGraphQlTester worker = signedInAs(worker());
		List<Map<String, Object>> members = List.of(parent("Pat", surname),
				child("Kit", surname, LocalDate.now().minusYears(6)));
		Map<String, Object> stepDown = new HashMap<>(Map.of("newFamily", Map.of("members", members), "levelOfNeed",
				"LEVEL_3", "source", "STEP_DOWN_FROM_SOCIAL_CARE", "requestReasons", "Stepped down after a CIN plan"));
		refused(worker.document(REQUEST).variable("input", stepDown).execute(), "requestEarlyHelp", "stepDown",
				"REQUIRED");
		stepDown.put("stepDown", Map.of("socialCareReference", " ", "assessmentSummary", "Routines and school"));
		var blank = worker.document(REQUEST).variable("input", stepDown).execute();
		blank.path("requestEarlyHelp.errors[0].code").entity(String.class).isEqualTo("REQUIRED");
		blank.path("requestEarlyHelp.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "stepDown", "socialCareReference");
		Map<String, Object> notStepDown = new HashMap<>(stepDown);
		notStepDown.put("source", "PRACTITIONER_REQUEST");
		refused(worker.document(REQUEST).variable("input", notStepDown).execute(), "requestEarlyHelp", "stepDown",
				"NOT_A_STEP_DOWN");
		assertThat(this.dsl.fetchCount(org.hearth.db.jooq.Tables.PERSON,
				org.hearth.db.jooq.Tables.PERSON.FAMILY_NAME.eq(surname))).isZero();

		stepDown.put("stepDown", Map.of("socialCareReference", "CSC-77", "assessmentSummary", "Routines and school"));
		worker.document(REQUEST).variable("input", stepDown).execute().path("requestEarlyHelp.episode.source")
			.entity(String.class)
			.isEqualTo("STEP_DOWN_FROM_SOCIAL_CARE");
	}

}
