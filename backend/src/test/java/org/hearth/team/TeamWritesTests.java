package org.hearth.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.HANDOVER;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code addTeamMember}, {@code handOverLead} and {@code removeTeamMember} through /graphql with real sign-in: who
 * may join, who may change the team, the lead moving only by a recorded handover, who is told, and replays. Each
 * test makes its own agencies, practitioners and family; a refused write is checked to have changed nothing.
 */
class TeamWritesTests extends HearthIntegrationTests {

	private static final String ADD = """
			mutation($input: AddTeamMemberInput!) {
			  addTeamMember(input: $input) {
			    episode { id team { id isLead leftOn practitioner { id } person { id } } lead { practitioner { id } } }
			    errors { field code message }
			  }
			}""";

	private static final String HAND_OVER = """
			mutation($input: HandOverLeadInput!) {
			  handOverLead(input: $input) {
			    episode { id lead { id practitioner { id } } handovers { handedOverOn familyConsulted notes from { id } to { id } } }
			    errors { field code message }
			  }
			}""";

	private static final String REMOVE = """
			mutation($input: RemoveTeamMemberInput!) {
			  removeTeamMember(input: $input) {
			    episode { id team { id leftOn } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * An active episode led by a family support worker (who has a manager), with a teacher on the team; a newcomer
	 * and an outsider of another agency off it; a housing officer whose agency the family's share consent leaves out;
	 * the Early Help team's own worker; the parent with an account, a child, and someone from another family.
	 */
	private record Team(String prefix, UUID episode, UUID lead, UUID leadsManager, UUID teacher, UUID newcomer,
			UUID housingOfficer, UUID hub, UUID parent, UUID child, UUID stranger) {

		String user(String who) {
			return this.prefix + "-" + who;
		}

	}

	private Team team() {
		String prefix = "tmw-" + UUID.randomUUID().toString().substring(0, 8);
		UUID support = this.fixtures.newAgency("Family support " + prefix);
		UUID school = this.fixtures.newAgency("School " + prefix);
		UUID housing = this.fixtures.newAgency("Housing " + prefix);
		UUID charity = this.fixtures.newAgency("Charity " + prefix);
		UUID manager = this.fixtures.practitioner(prefix + "-manager", support, null, "PRACTITIONER", "MANAGER");
		UUID lead = this.fixtures.practitioner(prefix + "-lead", support, manager);
		UUID teacher = this.fixtures.practitioner(prefix + "-teacher", school, null);
		UUID newcomer = this.fixtures.practitioner(prefix + "-newcomer", charity, null);
		UUID housingOfficer = this.fixtures.practitioner(prefix + "-housing", housing, null);
		this.fixtures.practitioner(prefix + "-outsider", charity, null);
		UUID hub = this.fixtures.practitioner(prefix + "-hub", support, null, "PRACTITIONER", "EARLY_HELP_TEAM");
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		UUID stranger = this.fixtures.person(this.fixtures.family("G-" + prefix), "Stranger", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(teacher));
		this.fixtures.fullConsent(episode, parent, lead, housing);
		return new Team(prefix, episode, lead, manager, teacher, newcomer, housingOfficer, hub, parent, child,
				stranger);
	}

	private static GraphQlTester.Response add(HttpGraphQlTester caller, Team team, @Nullable UUID id,
			Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("episodeId", team.episode().toString());
		if (id != null) {
			input.put("id", id.toString());
		}
		return caller.document(ADD).variable("input", input).execute();
	}

	private static Map<String, Object> practitioner(UUID practitioner) {
		return Map.of("practitionerId", practitioner.toString(), "roleDescription", "Support worker");
	}

	private static GraphQlTester.Response handOver(HttpGraphQlTester caller, Team team, UUID toMember,
			@Nullable UUID requestId, String notes) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", team.episode().toString(), "toTeamMemberId",
				toMember.toString(), "familyConsulted", true, "notes", notes));
		if (requestId != null) {
			input.put("requestId", requestId.toString());
		}
		return caller.document(HAND_OVER).variable("input", input).execute();
	}

	private static GraphQlTester.Response remove(HttpGraphQlTester caller, UUID member, @Nullable UUID requestId) {
		Map<String, Object> input = new HashMap<>(Map.of("teamMemberId", member.toString()));
		if (requestId != null) {
			input.put("requestId", requestId.toString());
		}
		return caller.document(REMOVE).variable("input", input).execute();
	}

	/** The team as stored: one line per place, in a stable order, so "nothing changed" compares all of it. */
	private List<String> teamRows(UUID episode) {
		return this.dsl.select(TEAM_MEMBER.ID, TEAM_MEMBER.IS_LEAD, TEAM_MEMBER.LEFT_ON)
			.from(TEAM_MEMBER)
			.where(TEAM_MEMBER.EPISODE_ID.eq(episode))
			.orderBy(TEAM_MEMBER.ID)
			.fetch(Record3::toString);
	}

	private int handoversOf(UUID episode) {
		return this.dsl.fetchCount(HANDOVER, HANDOVER.EPISODE_ID.eq(episode));
	}

	/** The kinds of notification each practitioner got about the episode. */
	private Map<UUID, List<String>> notified(UUID episode) {
		return this.dsl.select(NOTIFICATION.PRACTITIONER_ID, NOTIFICATION.KIND)
			.from(NOTIFICATION)
			.where(NOTIFICATION.EPISODE_ID.eq(episode))
			.orderBy(NOTIFICATION.KIND)
			.fetchGroups(NOTIFICATION.PRACTITIONER_ID, NOTIFICATION.KIND);
	}

	// ------------------------------------------------------------------------------------------ addTeamMember

	@Test
	void the_lead_adds_a_practitioner_who_is_told_and_the_write_is_audited() {
		Team team = team();
		UUID id = UUID.randomUUID();
		var added = add(signedInAs(team.user("lead")), team, id, practitioner(team.newcomer()));
		added.path("addTeamMember.errors").entityList(Object.class).hasSize(0);
		added.path("addTeamMember.episode.team[?(@.id == '%s')].practitioner.id".formatted(id))
			.entityList(String.class)
			.containsExactly(team.newcomer().toString());
		added.path("addTeamMember.episode.team[?(@.id == '%s')].isLead".formatted(id))
			.entityList(Boolean.class)
			.containsExactly(false);
		assertThat(notified(team.episode())).isEqualTo(Map.of(team.newcomer(), List.of("ADDED_TO_TEAM")));
		assertThat(this.dsl.select(AUDIT_EVENT.OPERATION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.SUBJECT_ID.eq(id))
			.fetch(AUDIT_EVENT.OPERATION)).containsExactly("added a team member");
	}

	@Test
	void a_member_of_the_family_joins_the_team_and_someone_from_another_family_does_not() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		List<String> before = teamRows(team.episode());
		refused(add(lead, team, null, Map.of("personId", team.stranger().toString())), "addTeamMember", "personId",
				"NOT_IN_FAMILY");
		assertThat(teamRows(team.episode())).isEqualTo(before);
		add(lead, team, null, Map.of("personId", team.child().toString()))
			.path("addTeamMember.episode.team[*].person.id")
			.entityList(String.class)
			.containsExactly(team.child().toString());
		// Only practitioners are told: the family hears from the lead.
		assertThat(notified(team.episode())).isEmpty();
	}

	@Test
	void a_new_member_is_exactly_one_practitioner_or_person_and_nobody_is_on_the_team_twice() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		List<String> before = teamRows(team.episode());
		refused(add(lead, team, null, Map.of("practitionerId", team.newcomer().toString(), "personId",
				team.child().toString())), "addTeamMember", "practitionerId", "EXACTLY_ONE");
		refused(add(lead, team, null, Map.of("roleDescription", "Nobody")), "addTeamMember", "practitionerId",
				"EXACTLY_ONE");
		refused(add(lead, team, null, practitioner(team.teacher())), "addTeamMember", "practitionerId",
				"ALREADY_ON_TEAM");
		refused(add(lead, team, null, practitioner(UUID.randomUUID())), "addTeamMember", "practitionerId",
				"UNKNOWN_PRACTITIONER");
		assertThat(teamRows(team.episode())).isEqualTo(before);
		assertThat(notified(team.episode())).isEmpty();
	}

	@Test
	void an_agency_the_latest_share_consent_leaves_out_may_not_join_until_the_family_agrees() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		List<String> before = teamRows(team.episode());
		refused(add(lead, team, null, practitioner(team.housingOfficer())), "addTeamMember", "practitionerId",
				"CONSENT_EXCLUDES_AGENCY");
		assertThat(teamRows(team.episode())).isEqualTo(before);
		// The family changes its mind: the latest share decision leaves nobody out.
		this.fixtures.consent(team.episode(), "SHARE", "GIVEN", team.parent(), team.lead());
		add(lead, team, null, practitioner(team.housingOfficer())).path("addTeamMember.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(teamRows(team.episode())).hasSize(before.size() + 1);
	}

	@Test
	void a_new_member_leads_only_a_team_without_a_lead_and_only_a_practitioner_leads() {
		Team team = team();
		HttpGraphQlTester hub = signedInAs(team.user("hub"));
		Map<String, Object> asLead = new HashMap<>(practitioner(team.newcomer()));
		asLead.put("makeLead", true);
		List<String> before = teamRows(team.episode());
		refused(add(hub, team, null, asLead), "addTeamMember", "makeLead", "LEAD_MUST_HAND_OVER");
		assertThat(teamRows(team.episode())).isEqualTo(before);
		// The lead's place ended (as a migrated record may have it): the team has no lead.
		this.dsl.update(TEAM_MEMBER)
			.set(TEAM_MEMBER.IS_LEAD, false)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, (UUID) null)
			.where(TEAM_MEMBER.EPISODE_ID.eq(team.episode()))
			.execute();
		List<String> leaderless = teamRows(team.episode());
		refused(handOver(hub, team, this.fixtures.teamMember(team.episode(), team.teacher()), null, "From nobody"),
				"handOverLead", null, "NO_LEAD");
		refused(add(hub, team, null, Map.of("personId", team.parent().toString(), "makeLead", true)), "addTeamMember",
				"makeLead", "NOT_A_PRACTITIONER");
		assertThat(teamRows(team.episode())).isEqualTo(leaderless);
		assertThat(handoversOf(team.episode())).isZero();
		add(hub, team, null, asLead).path("addTeamMember.episode.lead.practitioner.id")
			.entity(String.class)
			.isEqualTo(team.newcomer().toString());
	}

	@Test
	void adding_with_the_same_id_twice_adds_once_and_a_different_input_with_it_is_refused() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		UUID id = UUID.randomUUID();
		var first = add(lead, team, id, practitioner(team.newcomer()));
		first.path("addTeamMember.errors").entityList(Object.class).hasSize(0);
		List<String> afterFirst = teamRows(team.episode());
		var again = add(lead, team, id, practitioner(team.newcomer()));
		again.path("addTeamMember.errors").entityList(Object.class).hasSize(0);
		again.path("addTeamMember.episode.team[*].id")
			.entityList(String.class)
			.isEqualTo(first.path("addTeamMember.episode.team[*].id").entityList(String.class).get());
		assertThat(teamRows(team.episode())).isEqualTo(afterFirst);
		assertThat(notified(team.episode())).isEqualTo(Map.of(team.newcomer(), List.of("ADDED_TO_TEAM")));
		refused(add(lead, team, id, Map.of("personId", team.child().toString())), "addTeamMember", null, "ID_REUSED");
		assertThat(teamRows(team.episode())).isEqualTo(afterFirst);
	}

	@Test
	void a_team_member_a_practitioner_off_the_team_the_family_and_a_partner_may_not_change_the_team() {
		Team team = team();
		this.fixtures.partnerClient(team.user("partner"), "secret", this.fixtures.agency("School " + team.prefix()),
				"plans:read actions:write");
		List<String> before = teamRows(team.episode());
		for (HttpGraphQlTester refused : List.of(signedInAs(team.user("teacher")), signedInAs(team.user("outsider")),
				signedInAs(team.user("parent")), asPartner(partnerToken(team.user("partner"), "secret")))) {
			forbidden(add(refused, team, null, practitioner(team.newcomer())), "addTeamMember");
			forbidden(remove(refused, this.fixtures.teamMember(team.episode(), team.teacher()), null),
					"removeTeamMember");
		}
		assertThat(teamRows(team.episode())).isEqualTo(before);
		assertThat(notified(team.episode())).isEmpty();
	}

	@Test
	void nobody_joins_the_team_of_a_closed_episode() {
		Team team = team();
		this.fixtures.close(team.episode(), team.lead());
		List<String> before = teamRows(team.episode());
		var refused = add(signedInAs(team.user("hub")), team, null, practitioner(team.newcomer()));
		refused.path("addTeamMember.errors[0].code").entity(String.class).isEqualTo("EPISODE_CLOSED");
		assertThat(teamRows(team.episode())).isEqualTo(before);
	}

	// ------------------------------------------------------------------------------------------- handOverLead

	@Test
	void the_early_help_team_hands_the_lead_to_the_teacher_and_both_leads_and_the_managers_are_told() {
		Team team = team();
		UUID leadsPlace = this.fixtures.leadMemberOf(team.episode());
		UUID teachersPlace = this.fixtures.teamMember(team.episode(), team.teacher());
		var handed = handOver(signedInAs(team.user("hub")), team, teachersPlace, null, "The school knows them best");
		handed.path("handOverLead.errors").entityList(Object.class).hasSize(0);
		handed.path("handOverLead.episode.lead.practitioner.id").entity(String.class).isEqualTo(team.teacher().toString());
		handed.path("handOverLead.episode.handovers[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("handedOverOn", today().toString(), "familyConsulted", true, "notes",
					"The school knows them best", "from", Map.of("id", leadsPlace.toString()), "to",
					Map.of("id", teachersPlace.toString())));
		assertThat(this.dsl.select(HANDOVER.RECORDED_BY)
			.from(HANDOVER)
			.where(HANDOVER.EPISODE_ID.eq(team.episode()))
			.fetchSingle(HANDOVER.RECORDED_BY)).isEqualTo(team.hub());
		assertThat(notified(team.episode())).isEqualTo(Map.of(team.teacher(), List.of("LEAD_HANDED_OVER"), team.lead(),
				List.of("LEAD_HANDED_OVER"), team.leadsManager(), List.of("LEAD_HANDED_OVER")));
	}

	@Test
	void the_lead_goes_only_to_a_practitioner_on_the_team_now_who_is_not_the_lead() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		UUID grandparentsPlace = this.fixtures.familyOnTeam(team.episode(), team.child());
		UUID leaver = this.fixtures.practitioner(team.user("leaver"), this.fixtures.newAgency("Gone " + team.prefix()),
				null);
		UUID otherEpisode = this.fixtures.episode("O-" + team.prefix(), this.fixtures.family("O-" + team.prefix()),
				leaver, List.of());
		List<String> before = teamRows(team.episode());
		refused(handOver(lead, team, this.fixtures.leadMemberOf(otherEpisode), null, "Elsewhere"), "handOverLead",
				"toTeamMemberId", "NOT_A_MEMBER");
		refused(handOver(lead, team, grandparentsPlace, null, "Family"), "handOverLead", "toTeamMemberId",
				"NOT_A_PRACTITIONER");
		refused(handOver(lead, team, this.fixtures.leadMemberOf(team.episode()), null, "Myself"), "handOverLead",
				"toTeamMemberId", "ALREADY_LEAD");
		this.fixtures.leaveTeam(team.episode(), team.teacher(), 1);
		List<String> afterLeaving = teamRows(team.episode());
		refused(handOver(lead, team, this.fixtures.teamMember(team.episode(), team.teacher()), null, "Gone"),
				"handOverLead", "toTeamMemberId", "NOT_A_MEMBER");
		assertThat(teamRows(team.episode())).isEqualTo(afterLeaving).hasSize(before.size());
		assertThat(handoversOf(team.episode())).isZero();
		assertThat(notified(team.episode())).isEmpty();
	}

	@Test
	void a_handover_sent_twice_is_recorded_once_and_its_request_id_is_not_reused() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		UUID teachersPlace = this.fixtures.teamMember(team.episode(), team.teacher());
		UUID requestId = UUID.randomUUID();
		var first = handOver(lead, team, teachersPlace, requestId, "Moving on");
		first.path("handOverLead.errors").entityList(Object.class).hasSize(0);
		List<String> afterFirst = teamRows(team.episode());
		var again = handOver(lead, team, teachersPlace, requestId, "Moving on");
		again.path("handOverLead.errors").entityList(Object.class).hasSize(0);
		again.path("handOverLead.episode.lead.id").entity(String.class).isEqualTo(teachersPlace.toString());
		assertThat(teamRows(team.episode())).isEqualTo(afterFirst);
		assertThat(handoversOf(team.episode())).isEqualTo(1);
		// The old lead made the handover, so only the new lead and the old lead's manager are told.
		assertThat(notified(team.episode())).isEqualTo(
				Map.of(team.teacher(), List.of("LEAD_HANDED_OVER"), team.leadsManager(), List.of("LEAD_HANDED_OVER")));
		refused(handOver(lead, team, teachersPlace, requestId, "Other notes"), "handOverLead", null, "ID_REUSED");
		assertThat(handoversOf(team.episode())).isEqualTo(1);
	}

	@Test
	void a_team_member_a_practitioner_off_the_team_and_the_family_may_not_hand_over_the_lead() {
		Team team = team();
		UUID teachersPlace = this.fixtures.teamMember(team.episode(), team.teacher());
		List<String> before = teamRows(team.episode());
		for (String who : List.of("teacher", "outsider", "parent")) {
			forbidden(handOver(signedInAs(team.user(who)), team, teachersPlace, null, "Not mine to give"),
					"handOverLead");
		}
		assertThat(teamRows(team.episode())).isEqualTo(before);
		assertThat(handoversOf(team.episode())).isZero();
	}

	// --------------------------------------------------------------------------------------- removeTeamMember

	@Test
	void the_lead_takes_the_teacher_off_the_team_the_place_is_kept_and_the_lead_must_hand_over_to_leave() {
		Team team = team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		UUID teachersPlace = this.fixtures.teamMember(team.episode(), team.teacher());
		UUID requestId = UUID.randomUUID();
		remove(lead, teachersPlace, requestId).path("removeTeamMember.episode.team[?(@.id == '%s')].leftOn"
			.formatted(teachersPlace)).entityList(String.class).containsExactly(today().toString());
		List<String> afterRemoving = teamRows(team.episode());
		remove(lead, teachersPlace, requestId).path("removeTeamMember.errors").entityList(Object.class).hasSize(0);
		assertThat(notified(team.episode())).isEqualTo(Map.of(team.teacher(), List.of("REMOVED_FROM_TEAM")));
		refused(remove(lead, teachersPlace, null), "removeTeamMember", "teamMemberId", "NOT_A_MEMBER");
		refused(remove(lead, this.fixtures.leadMemberOf(team.episode()), null), "removeTeamMember", "teamMemberId",
				"LEAD_MUST_HAND_OVER");
		assertThat(teamRows(team.episode())).isEqualTo(afterRemoving);
	}

	// ---------------------------------------------------------------------------------------- the app's endpoint

	@Test
	void the_apps_endpoint_adds_through_the_same_service_and_is_closed_to_families() {
		Team team = team();
		String body = """
				{"input":{"episodeId":"%s","practitionerId":"%s","roleDescription":"Youth worker"}}"""
			.formatted(team.episode(), team.newcomer());
		int before = teamRows(team.episode()).size();
		callEndpoint(signIn(team.user("parent"), DEMO_PASSWORD), "TeamEndpoint/addTeamMember", body).expectStatus()
			.is4xxClientError();
		assertThat(teamRows(team.episode())).hasSize(before);
		callEndpoint(signIn(team.user("lead"), DEMO_PASSWORD), "TeamEndpoint/addTeamMember", body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.isEmpty()
			.jsonPath("$.episode.id")
			.isEqualTo(team.episode().toString());
		assertThat(teamRows(team.episode())).hasSize(before + 1);
	}

}
