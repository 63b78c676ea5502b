package org.hearth.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The early help process walked end to end through /graphql with real sign-in, as a council's workers would: each
 * step a mutation, and the episode read back after each step to see that it stands where the process says. Time
 * moves forward where the process waits (a review falls due).
 */
class ProcessScenarioTests extends HearthIntegrationTests {

	/** Everything a step can change, read back after it. */
	private static final String EPISODE = """
			query($id: ID!) { episode(id: $id) {
			  status hasActiveConsent
			  lead { practitioner { id } }
			  team { id practitioner { id } leftOn }
			  handovers { familyConsulted to { practitioner { id } } }
			  assessment { startedOn completedOn fromSocialCare socialCareReference views { worries } childVoices { dreams } }
			  outcomes { id status actions { id status } }
			  meetings { id kind heldOn cancelledAt }
			  reviews { decision nextReviewDue }
			  timescales { assessmentDue initialMeetingDue nextReviewDue reviewOverdue }
			  closure { reason summary signposting transfer { receivingAuthority contact } }
			} }""";

	@Autowired
	private Fixtures fixtures;

	/** The practitioners of one scenario: an early help worker who leads, a teacher, the worker's manager. */
	private record Staff(String prefix, UUID lead, UUID teacher, UUID colleague, UUID manager) {

		String leadName() {
			return this.prefix + "-lead";
		}

		String teacherName() {
			return this.prefix + "-teacher";
		}

		String colleagueName() {
			return this.prefix + "-colleague";
		}

		String managerName() {
			return this.prefix + "-manager";
		}

	}

	private Staff staff() {
		String prefix = "scn-" + UUID.randomUUID().toString().substring(0, 8);
		UUID earlyHelp = this.fixtures.newAgency("Early Help " + prefix);
		UUID school = this.fixtures.newAgency("School " + prefix);
		UUID manager = this.fixtures.practitioner(prefix + "-manager", earlyHelp, null, "PRACTITIONER", "MANAGER");
		UUID lead = this.fixtures.practitioner(prefix + "-lead", earlyHelp, manager);
		UUID teacher = this.fixtures.practitioner(prefix + "-teacher", school, null);
		UUID colleague = this.fixtures.practitioner(prefix + "-colleague", earlyHelp, manager);
		return new Staff(prefix, lead, teacher, colleague, manager);
	}

	// ------------------------------------------------------------------------------------------------ the steps

	private static final String REQUEST = """
			mutation($input: RequestEarlyHelpInput!) { requestEarlyHelp(input: $input) { episode { id status } errors { field code message } } }""";

	private static GraphQlTester.Response write(HttpGraphQlTester caller, String mutation, String inputType,
			Map<String, Object> input) {
		GraphQlTester.Response response = caller
			.document("mutation($input: %s!) { %s(input: $input) { errors { field code message } } }"
				.formatted(inputType, mutation))
			.variable("input", input)
			.execute();
		response.path(mutation + ".errors").entityList(Object.class).hasSize(0);
		return response;
	}

	private DocumentContext episode(HttpGraphQlTester caller, UUID episode) {
		return JsonPath.parse(caller.document(EPISODE).variable("id", episode.toString()).execute()
			.path("episode")
			.entity(Object.class)
			.get());
	}

	private static Map<String, Object> newPerson(UUID id, String given, String role, boolean responsible,
			LocalDate born) {
		return Map.of("id", id.toString(), "givenName", given, "familyName", "Scenario", "dateOfBirth", born.toString(),
				"role", role, "livesInHousehold", true, "hasParentalResponsibility", responsible);
	}

	/** A family of a mother and a son of seven asks for help; the lead takes consent to start, store and share. */
	private record Family(UUID episode, UUID mother, UUID child) {
	}

	private Family requestedAndConsented(Staff staff, String source, Map<String, Object> stepDown) {
		HttpGraphQlTester lead = signedInAs(staff.leadName());
		Family family = new Family(Ids.newId(), Ids.newId(), Ids.newId());
		Map<String, Object> request = new HashMap<>(Map.of("id", family.episode().toString(), "newFamily",
				Map.of("members", List.of(
						newPerson(family.mother(), "Aisha", "PARENT_CARER", true, today().minusYears(34)),
						newPerson(family.child(), "Sami" + staff.prefix(), "CHILD", false, today().minusYears(7)))),
				"levelOfNeed", "LEVEL_2", "source", source, "requestReasons",
				"Sami is often late and tired; his mother asks for help with routines"));
		if (stepDown != null) {
			request.put("stepDown", stepDown);
		}
		lead.document(REQUEST).variable("input", request).execute().path("requestEarlyHelp.episode.status")
			.entity(String.class)
			.isEqualTo("REQUESTED");
		DocumentContext requested = episode(lead, family.episode());
		assertThat(requested.read("$.lead.practitioner.id", String.class)).isEqualTo(staff.lead().toString());
		for (String scope : List.of("START", "STORE", "SHARE")) {
			write(lead, "recordConsent", "RecordConsentInput", Map.of("episodeId", family.episode().toString(),
					"scope", scope, "decision", "GIVEN", "givenByPersonId", family.mother().toString(), "method",
					"SIGNED_ON_DEVICE"));
		}
		assertThat(episode(lead, family.episode()).read("$.hasActiveConsent", Boolean.class)).isTrue();
		return family;
	}

	/** The teacher joins the team; an outcome for the child with the teacher's action; the first meeting held. */
	private UUID plannedAndStarted(Staff staff, Family family) {
		HttpGraphQlTester lead = signedInAs(staff.leadName());
		String episode = family.episode().toString();
		UUID teacherPlace = Ids.newId();
		write(lead, "addTeamMember", "AddTeamMemberInput", Map.of("id", teacherPlace.toString(), "episodeId", episode,
				"practitionerId", staff.teacher().toString(), "roleDescription", "Class teacher"));
		UUID outcome = Ids.newId();
		write(lead, "addOutcome", "AddOutcomeInput", Map.of("id", outcome.toString(), "episodeId", episode,
				"forPersonId", family.child().toString(), "needAreaCode", "EDUCATION", "description",
				"Sami arrives at school on time and ready to learn", "measure",
				"Attendance at or above 95% over a half term, no late marks", "targetDate",
				today().plusDays(90).toString()));
		write(lead, "addAction", "AddActionInput", Map.of("id", Ids.newId().toString(), "outcomeId", outcome.toString(),
				"description", "Morning check-in at the school gate", "ownerTeamMemberId", teacherPlace.toString(),
				"dueDate", today().plusDays(30).toString()));
		UUID meeting = Ids.newId();
		write(lead, "scheduleMeeting", "ScheduleMeetingInput", Map.of("id", meeting.toString(), "episodeId", episode,
				"kind", "INITIAL_TAF", "scheduledFor", today().atTime(16, 0).atOffset(ZoneOffset.UTC).toString()));
		assertThat(episode(lead, family.episode()).read("$.status", String.class)).isEqualTo("PLANNING");
		write(lead, "recordMeeting", "RecordMeetingInput", Map.of("meetingId", meeting.toString(), "heldOn",
				today().toString(), "attendeeIds", List.of(teacherPlace.toString()), "familyAttended", true));
		DocumentContext started = episode(lead, family.episode());
		assertThat(started.read("$.status", String.class)).isEqualTo("ACTIVE");
		assertThat(started.read("$.timescales.nextReviewDue", String.class))
			.isEqualTo(today().plusDays(28).toString());
		assertThat(unread(staff.teacherName())).contains("ADDED_TO_TEAM", "ACTION_ASSIGNED", "MEETING_SCHEDULED");
		return outcome;
	}

	private List<String> unread(String username) {
		return signedInAs(username)
			.document("{ viewer { ... on PractitionerViewer { notifications { kind } } } }")
			.execute()
			.path("viewer.notifications[*].kind")
			.entityList(String.class)
			.get();
	}

	// ------------------------------------------------------------------------------------------------ scenarios

	@Test
	void a_family_from_request_to_closure_with_signposting() {
		Staff staff = staff();
		Family family = requestedAndConsented(staff, "PRACTITIONER_REQUEST", null);
		HttpGraphQlTester lead = signedInAs(staff.leadName());
		String episode = family.episode().toString();

		DocumentContext assessing = episode(lead, family.episode());
		assertThat(assessing.read("$.status", String.class)).isEqualTo("ASSESSING");
		write(lead, "startAssessment", "EpisodeRefInput", Map.of("episodeId", episode));
		assertThat(episode(lead, family.episode()).read("$.timescales.assessmentDue", String.class))
			.isEqualTo(today().plusDays(14).toString());
		write(lead, "recordPersonView", "RecordPersonViewInput", Map.of("episodeId", episode, "personId",
				family.mother().toString(), "worries", "Mornings are a battle", "strengths", "We love each other",
				"wishes", "Calm school runs"));
		write(lead, "recordChildVoice", "RecordChildVoiceInput", Map.of("episodeId", episode, "childId",
				family.child().toString(), "worries", "Being told off for being late", "dreams", "A dog"));
		write(lead, "completeAssessment", "CompleteAssessmentInput", Map.of("episodeId", episode, "summary",
				"Tiredness and late starts; a loving home that needs a routine", "servicesInvolved", List.of("GP")));
		DocumentContext planning = episode(lead, family.episode());
		assertThat(planning.read("$.status", String.class)).isEqualTo("PLANNING");
		assertThat(planning.read("$.timescales.initialMeetingDue", String.class))
			.isEqualTo(today().plusDays(14).toString());

		UUID outcome = plannedAndStarted(staff, family);

		// Four weeks and a day on, the first review is overdue: the episode shows it and the overdue list has it.
		this.clock.advance(Duration.ofDays(29));
		assertThat(episode(lead, family.episode()).read("$.timescales.reviewOverdue", Boolean.class)).isTrue();
		lead.document("{ episodes(first: 100, filter: { overdueOnly: true, teamOnly: true }) { edges { node { id } } } }")
			.execute()
			.path("episodes.edges[*].node.id")
			.entityList(String.class)
			.contains(episode);
		write(lead, "recordReview", "RecordReviewInput", Map.of("episodeId", episode, "heldOn", today().toString(),
				"progress", "POSITIVE_CHANGE", "decision", "CONTINUE", "familyViews", "Mornings are calmer",
				"outcomeProgress", List.of(Map.of("outcomeId", outcome.toString(), "status", "OPEN")),
				"nextReviewDue", today().plusDays(42).toString()));
		DocumentContext reviewed = episode(lead, family.episode());
		assertThat(reviewed.read("$.timescales.reviewOverdue", Boolean.class)).isFalse();
		assertThat(reviewed.read("$.timescales.nextReviewDue", String.class)).isEqualTo(today().plusDays(42).toString());

		// The teacher marks the action done; at the next review the family's needs are met and the episode closes.
		String action = reviewed.read("$.outcomes[0].actions[0].id", String.class);
		write(signedInAs(staff.teacherName()), "updateActionStatus", "UpdateActionStatusInput",
				Map.of("actionId", action, "status", "DONE", "version", 0));
		this.clock.advance(Duration.ofDays(40));
		write(lead, "closeEpisode", "CloseEpisodeInput", Map.of("episodeId", episode, "reason", "NEEDS_MET", "summary",
				"On time every day for a half term; mornings are calm", "outcomeResults",
				List.of(Map.of("outcomeId", outcome.toString(), "status", "ACHIEVED")), "familyFeedback",
				"Having one person to call made the difference", "signposting",
				List.of("Family hub drop-in, Tuesdays", "Parenting helpline")));
		DocumentContext closed = episode(lead, family.episode());
		assertThat(closed.read("$.status", String.class)).isEqualTo("CLOSED");
		assertThat(closed.read("$.closure.reason", String.class)).isEqualTo("NEEDS_MET");
		assertThat(closed.read("$.closure.signposting", List.class)).hasSize(2);
		assertThat(closed.read("$.outcomes[0].status", String.class)).isEqualTo("ACHIEVED");
		assertThat(closed.read("$.outcomes[0].actions[0].status", String.class)).isEqualTo("DONE");
		assertThat(closed.read("$.timescales.nextReviewDue", String.class)).isNull();
		assertThat(unread(staff.teacherName())).contains("REVIEW_RECORDED", "EPISODE_CLOSED");

		// The manager reads the family's trail: every step, with what it changed.
		String familyId = lead.document("query($id: ID!) { episode(id: $id) { family { id } } }")
			.variable("id", episode)
			.execute()
			.path("episode.family.id")
			.entity(String.class)
			.get();
		List<String> operations = signedInAs(staff.managerName())
			.document("query($f: ID!) { auditTrail(familyId: $f, first: 100) { edges { node { operation } } } }")
			.variable("f", familyId)
			.execute()
			.path("auditTrail.edges[*].node.operation")
			.entityList(String.class)
			.get();
		assertThat(operations).contains("requested early help", "recorded consent", "started the assessment",
				"moved the episode on", "recorded a meeting", "recorded a review", "closed the episode");
	}

	@Test
	void a_step_down_from_social_care_needs_no_second_assessment() {
		Staff staff = staff();
		Family family = requestedAndConsented(staff, "STEP_DOWN_FROM_SOCIAL_CARE",
				Map.of("socialCareReference", "CSC-20931", "assessmentSummary",
						"Risks reduced; the family needs help with routines and school attendance"));
		HttpGraphQlTester lead = signedInAs(staff.leadName());
		DocumentContext planning = episode(lead, family.episode());
		assertThat(planning.read("$.status", String.class)).isEqualTo("PLANNING");
		assertThat(planning.read("$.assessment.fromSocialCare", Boolean.class)).isTrue();
		assertThat(planning.read("$.assessment.socialCareReference", String.class)).isEqualTo("CSC-20931");
		assertThat(planning.read("$.assessment.completedOn", String.class)).isEqualTo(today().toString());
		lead.document("mutation($e: ID!) { startAssessment(input: { episodeId: $e }) { errors { code } } }")
			.variable("e", family.episode().toString())
			.execute()
			.path("startAssessment.errors[0].code")
			.entity(String.class)
			.isEqualTo("ALREADY_ASSESSED");
		plannedAndStarted(staff, family);
	}

	@Test
	void consent_withdrawn_mid_plan_closes_at_once_and_keeps_the_records() {
		Staff staff = staff();
		Family family = requestedAndConsented(staff, "STEP_DOWN_FROM_SOCIAL_CARE",
				Map.of("socialCareReference", "CSC-1", "assessmentSummary", "Needs help with routines"));
		plannedAndStarted(staff, family);
		HttpGraphQlTester lead = signedInAs(staff.leadName());
		UUID review = Ids.newId();
		write(lead, "scheduleMeeting", "ScheduleMeetingInput", Map.of("id", review.toString(), "episodeId",
				family.episode().toString(), "kind", "REVIEW", "scheduledFor",
				today().plusDays(20).atTime(10, 0).atOffset(ZoneOffset.UTC).toString()));

		// The mother tells the teacher at the gate that she wants it to stop; the teacher records it.
		write(signedInAs(staff.teacherName()), "withdrawConsent", "WithdrawConsentInput", Map.of("episodeId",
				family.episode().toString(), "givenByPersonId", family.mother().toString(), "reason",
				"We are managing now and do not want the school involved"));
		DocumentContext closed = episode(lead, family.episode());
		assertThat(closed.read("$.status", String.class)).isEqualTo("CLOSED");
		assertThat(closed.read("$.hasActiveConsent", Boolean.class)).isFalse();
		assertThat(closed.read("$.closure.reason", String.class)).isEqualTo("CONSENT_WITHDRAWN");
		assertThat(closed.read("$.outcomes[0].actions[0].status", String.class)).isEqualTo("CANCELLED");
		assertThat(closed.read("$.meetings[?(@.kind == 'REVIEW')].cancelledAt", List.class)).doesNotContainNull()
			.hasSize(1);
		assertThat(closed.read("$.assessment.completedOn", String.class)).as("kept").isNotNull();
		// Access narrows: the teacher no longer sees the episode; the lead still does.
		signedInAs(staff.teacherName()).document("query($id: ID!) { episode(id: $id) { id } }")
			.variable("id", family.episode().toString())
			.execute()
			.path("episode")
			.valueIsNull();
		assertThat(unread(staff.leadName())).contains("EPISODE_CLOSED");
	}

	@Test
	void a_handover_then_a_transfer_out_when_the_family_moves_away() {
		Staff staff = staff();
		Family family = requestedAndConsented(staff, "STEP_DOWN_FROM_SOCIAL_CARE",
				Map.of("socialCareReference", "CSC-2", "assessmentSummary", "Needs help with routines"));
		plannedAndStarted(staff, family);
		HttpGraphQlTester lead = signedInAs(staff.leadName());
		String episode = family.episode().toString();
		UUID colleaguePlace = Ids.newId();
		write(lead, "addTeamMember", "AddTeamMemberInput", Map.of("id", colleaguePlace.toString(), "episodeId",
				episode, "practitionerId", staff.colleague().toString()));
		write(lead, "handOverLead", "HandOverLeadInput", Map.of("episodeId", episode, "toTeamMemberId",
				colleaguePlace.toString(), "familyConsulted", true, "notes", "Going on leave; family met Jo"));
		DocumentContext handedOver = episode(lead, family.episode());
		assertThat(handedOver.read("$.lead.practitioner.id", String.class)).isEqualTo(staff.colleague().toString());
		assertThat(handedOver.read("$.handovers[0].familyConsulted", Boolean.class)).isTrue();
		assertThat(unread(staff.colleagueName())).contains("ADDED_TO_TEAM");

		// The old lead is no longer the lead's side: closing is for the new lead.
		lead.document("""
				mutation($e: ID!) { transferOut(input: { episodeId: $e, receivingAuthority: "Leeds City Council",
				  contact: "Early Help Hub", recordsSent: "Plan" }) { errors { code } } }""")
			.variable("e", episode)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		HttpGraphQlTester newLead = signedInAs(staff.colleagueName());
		write(newLead, "transferOut", "TransferOutInput", Map.of("episodeId", episode, "receivingAuthority",
				"Leeds City Council", "contact", "Leeds Early Help Hub, 0113 000 0000", "recordsSent",
				"Plan, assessment and chronology by secure email"));
		DocumentContext moved = episode(newLead, family.episode());
		assertThat(moved.read("$.status", String.class)).isEqualTo("CLOSED");
		assertThat(moved.read("$.closure.reason", String.class)).isEqualTo("MOVED_AWAY");
		assertThat(moved.read("$.closure.transfer.receivingAuthority", String.class)).isEqualTo("Leeds City Council");
		assertThat(moved.read("$.outcomes[0].actions[0].status", String.class)).isEqualTo("CANCELLED");
		assertThat(unread(staff.teacherName())).contains("EPISODE_CLOSED");
	}

}
