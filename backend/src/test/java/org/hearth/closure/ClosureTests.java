package org.hearth.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

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
 * Closing an episode, stepping up and withdrawn consent, through /graphql with real sign-in: each closes the same
 * way (unfinished actions cancelled, meetings to come called off, nothing deleted, the team told), each rule refuses
 * and changes nothing, only the lead's side closes, and a replay closes nothing twice.
 */
class ClosureTests extends HearthIntegrationTests {

	private static final String CLOSE = """
			mutation($input: CloseEpisodeInput!) {
			  closeEpisode(input: $input) {
			    episode { status closure { reason summary signposting } }
			    errors { field code message }
			  }
			}""";

	private static final String STEP_UP = """
			mutation($input: StepUpInput!) {
			  stepUp(input: $input) {
			    episode { status closure { reason summary } }
			    errors { field code message }
			  }
			}""";

	private static final String WITHDRAW = """
			mutation($input: WithdrawConsentInput!) {
			  withdrawConsent(input: $input) {
			    episode { status hasActiveConsent closure { reason } }
			    errors { field code message }
			  }
			}""";

	private static final String EPISODE_QUERY = "query($id: ID!) { episode(id: $id) { status } }";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * An active episode: a lead, a practitioner on the team, a parent and a child; one outcome with an action to do
	 * and one done, and a review meeting in the diary.
	 */
	private record Plan(UUID episode, UUID family, String lead, UUID leadId, String member, UUID memberId, UUID parent, UUID child,
			UUID outcome, UUID openAction, UUID doneAction, UUID meeting) {
	}

	private Plan plan() {
		String prefix = "cls-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID member = this.fixtures.practitioner(prefix + "-member", this.fixtures.newAgency("Other " + prefix), null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.person(family, "Parent", "PARENT_CARER", true);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(member));
		this.fixtures.fullConsent(episode, parent, lead);
		UUID outcome = this.fixtures.outcome(episode, child, "EDUCATION");
		UUID openAction = this.fixtures.action(outcome, this.fixtures.leadMemberOf(episode));
		UUID doneAction = this.fixtures.action(outcome, this.fixtures.teamMember(episode, member));
		this.dsl.update(PLAN_ACTION)
			.set(PLAN_ACTION.STATUS, "DONE")
			.set(PLAN_ACTION.COMPLETED_ON, today())
			.where(PLAN_ACTION.ID.eq(doneAction))
			.execute();
		UUID meeting = this.fixtures.upcomingMeeting(episode, "REVIEW", 7);
		return new Plan(episode, family, prefix + "-lead", lead, prefix + "-member", member, parent, child, outcome,
				openAction, doneAction, meeting);
	}

	private static Map<String, Object> closing(Plan plan, String reason, List<String> signposting, String result) {
		return new HashMap<>(Map.of("episodeId", plan.episode().toString(), "reason", reason, "summary",
				"Attendance is back above 95% and mornings are calm.", "outcomeResults",
				(result == null) ? List.of() : List.of(Map.of("outcomeId", plan.outcome().toString(), "status", result)),
				"signposting", signposting, "familyFeedback", "It helped to have one person to call."));
	}


	private String status(UUID episode) {
		return this.dsl.select(EPISODE.STATUS).from(EPISODE).where(EPISODE.ID.eq(episode)).fetchSingle().value1();
	}

	private String actionStatus(UUID action) {
		return this.dsl.select(PLAN_ACTION.STATUS).from(PLAN_ACTION).where(PLAN_ACTION.ID.eq(action)).fetchSingle()
			.value1();
	}

	/** Nothing of the closing happened: still open, the action still to do, the meeting still in the diary. */
	private void stillOpen(Plan plan) {
		assertThat(status(plan.episode())).isEqualTo("ACTIVE");
		assertThat(actionStatus(plan.openAction())).isEqualTo("NOT_STARTED");
		assertThat(this.dsl.fetchExists(CLOSURE, CLOSURE.EPISODE_ID.eq(plan.episode()))).isFalse();
		assertThat(this.dsl.select(MEETING.CANCELLED_AT).from(MEETING).where(MEETING.ID.eq(plan.meeting()))
			.fetchSingle().value1()).isNull();
	}

	/**
	 * Closed the one way: unfinished actions cancelled (done ones kept), meetings called off, the family's open place
	 * freed, and the practitioner on the team who did not close it told.
	 */
	private void closedTheOneWay(Plan plan, UUID told) {
		assertThat(status(plan.episode())).isEqualTo("CLOSED");
		assertThat(actionStatus(plan.openAction())).isEqualTo("CANCELLED");
		assertThat(actionStatus(plan.doneAction())).isEqualTo("DONE");
		assertThat(this.dsl.select(MEETING.CANCELLED_AT).from(MEETING).where(MEETING.ID.eq(plan.meeting()))
			.fetchSingle().value1()).isNotNull();
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.PRACTITIONER_ID.eq(told)
			.and(NOTIFICATION.KIND.eq("EPISODE_CLOSED")))).isEqualTo(1);
		assertThat(this.dsl.select(EPISODE.OPEN_FAMILY_ID).from(EPISODE).where(EPISODE.ID.eq(plan.episode()))
			.fetchSingle().value1()).isNull();
	}

	@Test
	void closing_with_needs_met_needs_a_result_for_every_open_outcome_and_somewhere_to_turn() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.lead());
		refused(lead.document(CLOSE).variable("input", closing(plan, "NEEDS_MET", List.of(" "), "ACHIEVED")).execute(),
				"closeEpisode", "signposting", "SIGNPOSTING_REQUIRED");
		refused(lead.document(CLOSE).variable("input", closing(plan, "NEEDS_MET", List.of("Family hub"), null))
			.execute(), "closeEpisode", "outcomeResults", "RESULT_REQUIRED");
		refused(lead.document(CLOSE).variable("input", closing(plan, "NEEDS_MET", List.of("Family hub"), "OPEN"))
			.execute(), "closeEpisode", "outcomeResults", "RESULT_REQUIRED");
		refused(lead.document(CLOSE).variable("input", closing(plan, "STEPPED_UP", List.of(), "ACHIEVED")).execute(),
				"closeEpisode", "reason", "USE_STEP_UP");
		Map<String, Object> blank = closing(plan, "SINGLE_AGENCY", List.of(), "ACHIEVED");
		blank.put("summary", "  ");
		refused(lead.document(CLOSE).variable("input", blank).execute(), "closeEpisode", "summary", "REQUIRED");
		stillOpen(plan);

		var closed = lead.document(CLOSE)
			.variable("input", closing(plan, "NEEDS_MET", List.of("Family hub, Tuesdays", " "), "ACHIEVED"))
			.execute();
		closed.path("closeEpisode.episode.status").entity(String.class).isEqualTo("CLOSED");
		closed.path("closeEpisode.episode.closure.signposting").entityList(String.class)
			.containsExactly("Family hub, Tuesdays");
		closedTheOneWay(plan, plan.memberId());
		assertThat(this.dsl.select(OUTCOME.STATUS).from(OUTCOME).where(OUTCOME.ID.eq(plan.outcome())).fetchSingle()
			.value1()).isEqualTo("ACHIEVED");
		lead.document(CLOSE).variable("input", closing(plan, "NEEDS_MET", List.of("Family hub"), "ACHIEVED")).execute()
			.path("closeEpisode.errors[0].code").entity(String.class).isEqualTo("EPISODE_CLOSED");
	}

	@Test
	void a_single_agency_closure_needs_no_signposting_and_a_replay_closes_nothing_twice() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.lead());
		Map<String, Object> input = closing(plan, "SINGLE_AGENCY", List.of(), "PARTLY_ACHIEVED");
		input.put("requestId", UUID.randomUUID().toString());
		lead.document(CLOSE).variable("input", input).execute().path("closeEpisode.episode.closure.reason")
			.entity(String.class).isEqualTo("SINGLE_AGENCY");
		var replay = lead.document(CLOSE).variable("input", input).execute();
		replay.path("closeEpisode.errors").entityList(Object.class).hasSize(0);
		replay.path("closeEpisode.episode.status").entity(String.class).isEqualTo("CLOSED");
		input.put("summary", "A different summary");
		lead.document(CLOSE).variable("input", input).execute().path("closeEpisode.errors[0].code")
			.entity(String.class).isEqualTo("ID_REUSED");
		assertThat(this.dsl.fetchCount(CLOSURE, CLOSURE.EPISODE_ID.eq(plan.episode()))).isEqualTo(1);
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.EPISODE_ID.eq(plan.episode())
			.and(NOTIFICATION.KIND.eq("EPISODE_CLOSED")))).isEqualTo(1);
	}

	@Test
	void only_the_leads_side_closes_or_steps_up() {
		Plan plan = plan();
		HttpGraphQlTester member = signedInAs(plan.member());
		forbidden(member.document(CLOSE).variable("input", closing(plan, "SINGLE_AGENCY", List.of(), "ACHIEVED"))
			.execute(), "closeEpisode");
		forbidden(member.document(STEP_UP)
			.variable("input", Map.of("episodeId", plan.episode().toString(), "reason", "A worry"))
			.execute(), "stepUp");
		stillOpen(plan);
	}

	@Test
	void stepping_up_closes_with_social_cares_reference_whatever_the_plan_says() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.lead());
		refused(lead.document(STEP_UP)
			.variable("input", Map.of("episodeId", plan.episode().toString(), "reason", " "))
			.execute(), "stepUp", "reason", "REQUIRED");
		stillOpen(plan);
		var stepped = lead.document(STEP_UP)
			.variable("input", Map.of("episodeId", plan.episode().toString(), "reason",
					"Disclosure at school of harm at home", "socialCareReference", "CSC-55012"))
			.execute();
		stepped.path("stepUp.episode.closure.reason").entity(String.class).isEqualTo("STEPPED_UP");
		assertThat(this.dsl.select(CLOSURE.SOCIAL_CARE_REFERENCE).from(CLOSURE)
			.where(CLOSURE.EPISODE_ID.eq(plan.episode())).fetchSingle().value1()).isEqualTo("CSC-55012");
		closedTheOneWay(plan, plan.memberId());
	}

	@Test
	void withdrawn_consent_closes_at_once_and_narrows_who_sees_the_records() {
		Plan plan = plan();
		HttpGraphQlTester member = signedInAs(plan.member());
		refused(member.document(WITHDRAW)
			.variable("input", Map.of("episodeId", plan.episode().toString(), "givenByPersonId",
					plan.child().toString(), "reason", "We do not want this any more"))
			.execute(), "withdrawConsent", "givenByPersonId", "NOT_ELIGIBLE");
		stillOpen(plan);

		// The member who hears it records it; the answer is null for them, since they may no longer see the episode.
		var withdrawn = member.document(WITHDRAW)
			.variable("input", Map.of("episodeId", plan.episode().toString(), "givenByPersonId",
					plan.parent().toString(), "reason", "We do not want this any more"))
			.execute();
		withdrawn.path("withdrawConsent.errors").entityList(Object.class).hasSize(0);
		withdrawn.path("withdrawConsent.episode").valueIsNull();
		closedTheOneWay(plan, plan.leadId());
		assertThat(this.dsl.fetchCount(CONSENT, CONSENT.EPISODE_ID.eq(plan.episode())
			.and(CONSENT.DECISION.eq("WITHDRAWN")))).isEqualTo(1);
		member.document(EPISODE_QUERY).variable("id", plan.episode().toString()).execute().path("episode")
			.valueIsNull();
		signedInAs(plan.lead()).document(EPISODE_QUERY).variable("id", plan.episode().toString()).execute()
			.path("episode.status").entity(String.class).isEqualTo("CLOSED");
		assertThat(this.dsl.fetchCount(PLAN_ACTION, PLAN_ACTION.ID.in(plan.openAction(), plan.doneAction())))
			.isEqualTo(2);
	}

	@Test
	void the_apps_endpoint_steps_up_through_the_same_service_and_refuses_a_team_member() {
		Plan plan = plan();
		String body = """
				{"input":{"episodeId":"%s","reason":"A worry about harm","socialCareReference":"CSC-1"}}"""
			.formatted(plan.episode());
		callEndpoint(signIn(plan.member(), DEMO_PASSWORD), "ClosureEndpoint/stepUp", body).expectStatus()
			.is4xxClientError();
		stillOpen(plan);
		callEndpoint(signIn(plan.lead(), DEMO_PASSWORD), "ClosureEndpoint/stepUp", body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.episode.status")
			.isEqualTo("CLOSED");
	}

	@Test
	void the_apps_endpoint_withdraws_consent_through_the_same_service_and_refuses_someone_off_the_team() {
		Plan plan = plan();
		String prefix = "cls-out-" + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.practitioner(prefix, this.fixtures.newAgency("Agency " + prefix), null);
		String withdraw = "ClosureEndpoint/withdrawConsent";
		String body = """
				{"input":{"episodeId":"%s","givenByPersonId":"%s","reason":"%s","requestId":"%s"}}""";

		callEndpoint(signIn(prefix, DEMO_PASSWORD), withdraw,
				body.formatted(plan.episode(), plan.parent(), "We manage now", UUID.randomUUID()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.value(String.class, message -> assertThat(message).startsWith("You may not do this"));
		stillOpen(plan);
		Session lead = signIn(plan.lead(), DEMO_PASSWORD);
		callEndpoint(lead, withdraw, body.formatted(plan.episode(), plan.child(), "We manage now", UUID.randomUUID()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("NOT_ELIGIBLE")
			.jsonPath("$.errors[0].field[1]").isEqualTo("givenByPersonId");
		callEndpoint(lead, withdraw, body.formatted(plan.episode(), plan.parent(), " ", UUID.randomUUID()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("REQUIRED");
		stillOpen(plan);

		callEndpoint(lead, withdraw, body.formatted(plan.episode(), plan.parent(), "We manage now", UUID.randomUUID()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors.length()").isEqualTo(0)
			.jsonPath("$.episode.status").isEqualTo("CLOSED");
		closedTheOneWay(plan, plan.memberId());
		assertThat(this.dsl.select(CLOSURE.REASON).from(CLOSURE).where(CLOSURE.EPISODE_ID.eq(plan.episode()))
			.fetchSingle().value1()).isEqualTo("CONSENT_WITHDRAWN");
		assertThat(this.dsl.fetchCount(CONSENT, CONSENT.EPISODE_ID.eq(plan.episode())
			.and(CONSENT.DECISION.eq("WITHDRAWN")).and(CONSENT.GIVEN_BY.eq(plan.parent())))).isEqualTo(1);
	}

	@Test
	void a_transfer_out_names_who_received_the_case_and_closes_the_one_way() {
		Plan plan = plan();
		HttpGraphQlTester lead = signedInAs(plan.lead());
		String transfer = """
				mutation($input: TransferOutInput!) { transferOut(input: $input) {
				  episode { status closure { reason summary transfer { receivingAuthority contact recordsSent } } }
				  errors { field code } } }""";
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", plan.episode().toString(), "receivingAuthority",
				"Leeds City Council", "contact", " ", "recordsSent", "Plan and assessment by secure email"));
		refused(lead.document(transfer).variable("input", input).execute(), "transferOut", "contact", "REQUIRED");
		stillOpen(plan);
		forbidden(signedInAs(plan.member()).document(transfer).variable("input", input).execute(), "transferOut");
		input.put("contact", "Leeds Early Help Hub, 0113 000 0000");
		var moved = lead.document(transfer).variable("input", input).execute();
		moved.path("transferOut.episode.closure.reason").entity(String.class).isEqualTo("MOVED_AWAY");
		moved.path("transferOut.episode.closure.transfer.receivingAuthority").entity(String.class)
			.isEqualTo("Leeds City Council");
		moved.path("transferOut.episode.closure.summary").entity(String.class)
			.isEqualTo("The family moved away; the case went to Leeds City Council.");
		closedTheOneWay(plan, plan.memberId());
	}

}
