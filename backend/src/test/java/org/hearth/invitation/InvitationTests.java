package org.hearth.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.FAMILY_INVITATION;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hearth.support.Demo;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;

/**
 * Inviting a family member (GraphQL) and their setting up an account with the code (the app's endpoint). Each test
 * invites people of a family of its own, led by a practitioner of this class's own, so that neither the demo
 * families nor the demo caseloads change under the other tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationTests extends HearthIntegrationTests {

	/** Leads this class's families; managed by {@link #MANAGER}. */
	private static final String LEAD = "invite-lead";

	/** On the team of this class's families, not lead. */
	private static final String MEMBER = "invite-member";

	/** Manages {@link #LEAD}: sees the lead's families, but does not lead them. */
	private static final String MANAGER = "invite-manager";

	private static final String INVITE = """
			mutation($episodeId: ID!, $personId: ID!) {
			  inviteFamilyMember(input: { episodeId: $episodeId, personId: $personId }) {
			    invitation { id expiresAt acceptedAt person { id givenName } }
			    code
			    errors { field code message }
			  }
			}""";

	private static final String PASSWORD = "kettle garden blue";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private DSLContext dsl;

	@Autowired
	private CodeAttempts attempts;

	@Autowired
	private Fixtures fixtures;

	private UUID lead;

	private UUID member;

	/** A family with an open (or closed) episode, led by {@link #LEAD}, with {@link #MEMBER} on the team. */
	private record TestFamily(UUID familyId, UUID episodeId) {
	}

	@BeforeAll
	void practitioners() {
		UUID agency = this.dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.KIND.eq("VOLUNTARY")).fetchAny(AGENCY.ID);
		UUID manager = this.fixtures.practitioner(MANAGER, agency, null, "MANAGER");
		this.lead = this.fixtures.practitioner(LEAD, agency, manager);
		this.member = this.fixtures.practitioner(MEMBER, agency, null);
	}

	@BeforeEach
	@AfterEach
	void forgetWrongCodes() {
		// Every request in these tests comes from one address; the throttling test uses up its allowance.
		this.attempts.forgetAll();
	}

	@Test
	void the_lead_invites_a_parent_and_gets_a_code_once_which_is_stored_only_as_a_hash() {
		TestFamily family = newFamily("REQUESTED");
		UUID parent = newMember(family, "PARENT_CARER", true, 31);

		var payload = invite(LEAD, family, parent);

		payload.path("inviteFamilyMember.errors").entityList(Object.class).hasSize(0);
		String code = payload.path("inviteFamilyMember.code").entity(String.class).get();
		assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{2}");
		payload.path("inviteFamilyMember.invitation.person.id").entity(String.class).isEqualTo(parent.toString());
		payload.path("inviteFamilyMember.invitation.acceptedAt").valueIsNull();
		Instant expiresAt = Instant.parse(payload.path("inviteFamilyMember.invitation.expiresAt").entity(String.class)
			.get());
		assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
				Instant.now().plus(Duration.ofDays(7)).plusSeconds(60));

		var stored = this.dsl.fetchSingle(FAMILY_INVITATION, FAMILY_INVITATION.PERSON_ID.eq(parent));
		String plain = code.replace("-", "");
		assertThat(stored.getCodeHash()).isEqualTo(InvitationCodes.hash(plain))
			.doesNotContain(plain)
			.doesNotContain(code)
			.hasSize(64);
		assertThat(this.dsl.fetchCount(FAMILY_INVITATION,
				FAMILY_INVITATION.CODE_HASH.contains(plain).or(FAMILY_INVITATION.CODE_HASH.contains(code))))
			.isZero();
		assertThat(stored.getEpisodeId()).isEqualTo(family.episodeId());
		assertThat(stored.getCreatedBy()).isEqualTo(this.lead);
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.EPISODE_ID.eq(family.episodeId())
			.and(AUDIT_EVENT.ACTOR_ID.eq(this.lead))
			.and(AUDIT_EVENT.OPERATION.startsWith("invited a family member")))).isEqualTo(1);
	}

	@Test
	void a_young_person_of_12_can_be_invited() {
		TestFamily family = newFamily("PLANNING");
		UUID youngPerson = newMember(family, "CHILD", false, 12);

		var payload = invite(LEAD, family, youngPerson);

		payload.path("inviteFamilyMember.errors").entityList(Object.class).hasSize(0);
		payload.path("inviteFamilyMember.code").hasValue();
	}

	@Test
	void nobody_but_the_lead_can_invite() {
		TestFamily family = newFamily("ACTIVE");
		UUID parent = newMember(family, "PARENT_CARER", true, 40);
		// A team member, the lead's manager and the Early Help team see the episode; casey, dana and sam do not.
		for (String username : List.of(MEMBER, MANAGER, "hub", "casey", "dana", "sam")) {
			signedInAs(username).document(INVITE)
				.variable("episodeId", family.episodeId().toString())
				.variable("personId", parent.toString())
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).as(username)
					.singleElement()
					.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")))
				.path("$.data")
				.valueIsNull();
		}
		// Nor can alex, on the team of the demo family EH-...-000004 but not its lead (sam), nor Dana, its mother.
		for (String username : List.of("alex", "dana")) {
			signedInAs(username).document(INVITE)
				.variable("episodeId", demoEpisode(Demo.ACTIVE).toString())
				.variable("personId", personNamed("Leo", "Carter").toString())
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).as(username)
					.singleElement()
					.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		}
		assertThat(this.dsl.fetchCount(FAMILY_INVITATION, FAMILY_INVITATION.PERSON_ID.eq(parent))).isZero();
		assertThat(this.dsl.fetchCount(FAMILY_INVITATION,
				FAMILY_INVITATION.PERSON_ID.eq(personNamed("Leo", "Carter")))).isZero();
	}

	@Test
	void a_child_under_12_an_adult_without_parental_responsibility_and_a_stranger_are_not_eligible() {
		// Leo, Dana's son in the demo family EH-...-000004 led by sam, is 8.
		assertRefused(invite("sam", demoEpisode(Demo.ACTIVE), personNamed("Leo", "Carter")), "NOT_ELIGIBLE",
				"personId");
		TestFamily family = newFamily("ACTIVE");
		UUID elevenYearOld = newMember(family, "CHILD", false, 11);
		assertRefused(invite(LEAD, family, elevenYearOld), "NOT_ELIGIBLE", "personId");
		UUID lodger = newMember(family, "OTHER_ADULT", false, 30);
		assertRefused(invite(LEAD, family, lodger), "NOT_ELIGIBLE", "personId");
		UUID otherFamily = newMember(newFamily("ACTIVE"), "PARENT_CARER", true, 30);
		assertRefused(invite(LEAD, family, otherFamily), "NOT_ELIGIBLE", "personId");
		assertRefused(invite(LEAD, family, UUID.randomUUID()), "NOT_ELIGIBLE", "personId");
		assertThat(this.dsl.fetchCount(FAMILY_INVITATION, FAMILY_INVITATION.EPISODE_ID.eq(family.episodeId())))
			.isZero();
	}

	@Test
	void someone_who_already_has_an_account_is_not_invited_again() {
		assertRefused(invite("sam", demoEpisode(Demo.ACTIVE), personNamed("Dana", "Carter")), "ALREADY_HAS_ACCOUNT",
				"personId");
		TestFamily family = newFamily("ACTIVE");
		UUID parent = newMember(family, "PARENT_CARER", true, 40);
		String code = inviteForCode(family, parent);
		assertThat(accept(code, newUsername(), PASSWORD)).containsEntry("joined", true);
		assertRefused(invite(LEAD, family, parent), "ALREADY_HAS_ACCOUNT", "personId");
	}

	@Test
	void a_closed_episode_takes_no_invitations() {
		TestFamily family = newFamily("CLOSED");
		assertRefused(invite(LEAD, family, newMember(family, "PARENT_CARER", true, 29)), "EPISODE_CLOSED",
				"episodeId");
	}

	@Test
	void with_the_code_a_parent_sets_up_an_account_and_signs_in_to_see_their_own_family() {
		TestFamily family = newFamily("REQUESTED");
		UUID parent = newMember(family, "PARENT_CARER", true, 35);
		String code = inviteForCode(family, parent);
		String username = newUsername();

		// Typed as it might be on a phone: lower case, with spaces instead of dashes.
		Map<String, Object> result = accept(code.toLowerCase().replace("-", " "), username, PASSWORD);

		assertThat(result).containsEntry("joined", true).containsEntry("problems", List.of());
		var account = this.dsl.fetchSingle(USER_ACCOUNT, USER_ACCOUNT.USERNAME.eq(username));
		assertThat(account.getPersonId()).isEqualTo(parent);
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
		assertThat(this.dsl.fetchSingle(FAMILY_INVITATION, FAMILY_INVITATION.PERSON_ID.eq(parent)).getAcceptedAt())
			.isNotNull();
		assertThat(this.dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR_ID.eq(parent)
			.and(AUDIT_EVENT.ACTOR_KIND.eq("FAMILY_MEMBER"))
			.and(AUDIT_EVENT.OPERATION.eq("set up own account with an invitation")))).isEqualTo(1);

		Session session = signIn(username, PASSWORD);
		var viewer = org.springframework.graphql.test.tester.HttpGraphQlTester.builder(web().mutate()
			.defaultCookie("JSESSIONID", session.id())
			.defaultCookie("XSRF-TOKEN", session.csrfToken())
			.defaultHeader("X-XSRF-TOKEN", session.csrfToken()))
			.url("http://localhost:" + this.port + "/graphql")
			.build()
			.document("{ viewer { __typename ... on FamilyViewer { person { id } family { reference } } } }")
			.execute();
		viewer.path("viewer.__typename").entity(String.class).isEqualTo("FamilyViewer");
		viewer.path("viewer.person.id").entity(String.class).isEqualTo(parent.toString());
		viewer.path("viewer.family.reference").entity(String.class)
			.isEqualTo(this.dsl.fetchSingle(FAMILY, FAMILY.ID.eq(family.familyId())).getReference());
	}

	@Test
	void a_code_works_only_once() {
		TestFamily family = newFamily("ASSESSING");
		UUID parent = newMember(family, "PARENT_CARER", true, 28);
		String code = inviteForCode(family, parent);
		assertThat(accept(code, newUsername(), PASSWORD)).containsEntry("joined", true);

		assertCodeRefused(accept(code, newUsername(), PASSWORD));
		assertThat(this.dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.PERSON_ID.eq(parent))).isEqualTo(1);
	}

	@Test
	void an_expired_code_is_refused_like_a_wrong_one() {
		TestFamily family = newFamily("ASSESSING");
		UUID parent = newMember(family, "PARENT_CARER", true, 28);
		String code = inviteForCode(family, parent);
		this.dsl.update(FAMILY_INVITATION)
			.set(FAMILY_INVITATION.CREATED_AT, Instant.now().minus(Duration.ofDays(8)))
			.set(FAMILY_INVITATION.EXPIRES_AT, Instant.now().minus(Duration.ofDays(1)))
			.where(FAMILY_INVITATION.PERSON_ID.eq(parent))
			.execute();

		assertCodeRefused(accept(code, newUsername(), PASSWORD));
		assertCodeRefused(accept("ABCD-EFGH-JK", newUsername(), PASSWORD));
		assertCodeRefused(accept("not a code at all", newUsername(), PASSWORD));
		assertThat(this.dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.PERSON_ID.eq(parent))).isZero();
	}

	@Test
	void a_new_invitation_revokes_the_earlier_code() {
		TestFamily family = newFamily("ASSESSING");
		UUID parent = newMember(family, "PARENT_CARER", true, 28);
		String first = inviteForCode(family, parent);
		String second = inviteForCode(family, parent);
		assertThat(second).isNotEqualTo(first);

		assertCodeRefused(accept(first, newUsername(), PASSWORD));
		assertThat(accept(second, newUsername(), PASSWORD)).containsEntry("joined", true);
		assertThat(this.dsl.fetchCount(FAMILY_INVITATION,
				FAMILY_INVITATION.PERSON_ID.eq(parent).and(FAMILY_INVITATION.REVOKED_AT.isNotNull())))
			.isEqualTo(1);
	}

	@Test
	void the_username_and_password_must_follow_the_rules_and_a_good_code_survives_a_mistake() {
		TestFamily family = newFamily("PLANNING");
		UUID parent = newMember(family, "PARENT_CARER", true, 45);
		String code = inviteForCode(family, parent);

		assertProblem(accept(code, "ab", PASSWORD), "USERNAME");
		assertProblem(accept(code, "two words", PASSWORD), "USERNAME");
		assertProblem(accept(code, newUsername(), "too-short"), "PASSWORD");
		String username = "same-as-password-" + SEQUENCE.incrementAndGet();
		assertProblem(accept(code, username, username), "PASSWORD");
		assertProblem(accept(code, "SAM", PASSWORD), "USERNAME"); // taken, whatever the letter case

		assertThat(accept(code, newUsername(), PASSWORD)).containsEntry("joined", true);
	}

	@Test
	void wrong_codes_are_slowed_down() {
		TestFamily family = newFamily("PLANNING");
		UUID parent = newMember(family, "PARENT_CARER", true, 45);
		String code = inviteForCode(family, parent);
		for (int i = 0; i < 10; i++) {
			assertCodeRefused(accept("ZZZZ-ZZZZ-Z" + "23456789AB".charAt(i), newUsername(), PASSWORD));
		}

		Map<String, Object> blocked = accept(code, newUsername(), PASSWORD);

		assertThat(blocked).containsEntry("joined", false);
		assertThat(problems(blocked)).singleElement()
			.satisfies(problem -> assertThat(problem.get("message")).asString().startsWith("Too many codes"));
		this.attempts.forgetAll();
		assertThat(accept(code, newUsername(), PASSWORD)).containsEntry("joined", true);
	}

	// ------------------------------------------------------------------ helpers

	private GraphQlTester.Response invite(String username, TestFamily family, UUID person) {
		return invite(username, family.episodeId(), person);
	}

	private GraphQlTester.Response invite(String username, UUID episodeId, UUID person) {
		return signedInAs(username).document(INVITE)
			.variable("episodeId", episodeId.toString())
			.variable("personId", person.toString())
			.execute();
	}

	private String inviteForCode(TestFamily family, UUID person) {
		return invite(LEAD, family, person).path("inviteFamilyMember.code").entity(String.class).get();
	}

	private static void assertRefused(GraphQlTester.Response response, String code, String field) {
		response.path("inviteFamilyMember.invitation").valueIsNull();
		response.path("inviteFamilyMember.code").valueIsNull();
		response.path("inviteFamilyMember.errors[0].code").entity(String.class).isEqualTo(code);
		response.path("inviteFamilyMember.errors[0].field").entityList(String.class).containsExactly("input", field);
		response.path("inviteFamilyMember.errors").entityList(Object.class).hasSize(1);
	}

	/** Calls the app's endpoint as the join page does, with no one signed in. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> accept(String code, String username, String password) {
		String token = web().get().uri("/join").exchange().returnResult(String.class).getResponseCookies()
			.getFirst("XSRF-TOKEN").getValue();
		return web().post()
			.uri("/connect/InvitationEndpoint/accept")
			.cookie("XSRF-TOKEN", token)
			.header("X-XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("code", code, "username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> problems(Map<String, Object> result) {
		return (List<Map<String, Object>>) result.get("problems");
	}

	private static void assertCodeRefused(Map<String, Object> result) {
		assertThat(result).containsEntry("joined", false);
		assertThat(problems(result)).singleElement().satisfies(problem -> {
			assertThat(problem).containsEntry("field", "CODE");
			assertThat(problem).containsEntry("message",
					"This code is not valid. Ask your family's worker for a new one.");
		});
	}

	private static void assertProblem(Map<String, Object> result, String field) {
		assertThat(result).containsEntry("joined", false);
		assertThat(problems(result)).singleElement().satisfies(problem -> assertThat(problem).containsEntry("field", field));
	}

	private UUID demoEpisode(int n) {
		return this.dsl.select(EPISODE.ID).from(EPISODE).where(EPISODE.REFERENCE.eq(Demo.episode(n))).fetchSingle(
				EPISODE.ID);
	}

	private UUID personNamed(String givenName, String familyName) {
		return this.dsl.select(PERSON.ID)
			.from(PERSON)
			.where(PERSON.GIVEN_NAME.eq(givenName))
			.and(PERSON.FAMILY_NAME.eq(familyName))
			.fetchSingle(PERSON.ID);
	}

	/** A new family with one episode in this status, led by {@link #LEAD}, with {@link #MEMBER} on its team. */
	private TestFamily newFamily(String status) {
		int n = SEQUENCE.incrementAndGet();
		LocalDate today = today();
		UUID family = Ids.newId();
		this.dsl.insertInto(FAMILY)
			.set(FAMILY.ID, family)
			.set(FAMILY.REFERENCE, "INVITE-%06d".formatted(n))
			.set(FAMILY.CREATED_AT, Instant.now())
			.execute();
		UUID episode = Ids.newId();
		this.dsl.insertInto(EPISODE)
			.set(EPISODE.ID, episode)
			.set(EPISODE.REFERENCE, "INVITE-EP-%06d".formatted(n))
			.set(EPISODE.FAMILY_ID, family)
			.set(EPISODE.OPEN_FAMILY_ID, "CLOSED".equals(status) ? null : family)
			.set(EPISODE.STATUS, status)
			.set(EPISODE.LEVEL_OF_NEED, "LEVEL_2")
			.set(EPISODE.SOURCE, "PRACTITIONER_REQUEST")
			.set(EPISODE.REQUEST_REASONS, "Invitation test")
			.set(EPISODE.OPENED_ON, today.minusDays(30))
			.set(EPISODE.CREATED_AT, Instant.now())
			.execute();
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, Ids.newId())
			.set(TEAM_MEMBER.EPISODE_ID, episode)
			.set(TEAM_MEMBER.PRACTITIONER_ID, this.lead)
			.set(TEAM_MEMBER.IS_LEAD, true)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, episode)
			.set(TEAM_MEMBER.JOINED_ON, today.minusDays(30))
			.execute();
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, Ids.newId())
			.set(TEAM_MEMBER.EPISODE_ID, episode)
			.set(TEAM_MEMBER.PRACTITIONER_ID, this.member)
			.set(TEAM_MEMBER.IS_LEAD, false)
			.set(TEAM_MEMBER.JOINED_ON, today.minusDays(30))
			.execute();
		return new TestFamily(family, episode);
	}

	/** A new member of a family of this class's own. */
	private UUID newMember(TestFamily family, String role, boolean parentalResponsibility, int age) {
		UUID id = Ids.newId();
		this.dsl.insertInto(PERSON)
			.set(PERSON.ID, id)
			.set(PERSON.FAMILY_ID, family.familyId())
			.set(PERSON.GIVEN_NAME, "Invitee" + SEQUENCE.incrementAndGet())
			.set(PERSON.FAMILY_NAME, "Tester")
			.set(PERSON.DATE_OF_BIRTH, today().minusYears(age).minusDays(1))
			.set(PERSON.ROLE, role)
			.set(PERSON.LIVES_IN_HOUSEHOLD, true)
			.set(PERSON.HAS_PARENTAL_RESPONSIBILITY, parentalResponsibility)
			.execute();
		return id;
	}

	private static String newUsername() {
		return "family." + SEQUENCE.incrementAndGet() + "_" + (System.nanoTime() % 100_000);
	}

}
