package org.hearth.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.SAFEGUARDING_REFERRAL;

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
 * {@code recordSafeguardingReferral} through /graphql with real sign-in: any practitioner who may see the family
 * records it whatever the consent (here the family refused to share), the lead and the lead's manager are told, a
 * reason is needed, replays change nothing, families, partners and practitioners who may not see the family are
 * refused; managers see the family's referrals, the lead does not. A family new to Hearth is created and referred in
 * one go (with a child; given instead of a family id, never with one), once however often it is sent, by practitioners
 * only.
 */
class SafeguardingReferralTests extends HearthIntegrationTests {

	private static final String RECORD = """
			mutation($input: RecordSafeguardingReferralInput!) {
			  recordSafeguardingReferral(input: $input) {
			    referral { id reason socialCareReference decidedBy { id } }
			    errors { field code message }
			  }
			}""";

	private static final String REFERRALS = """
			query($id: ID!) { family(id: $id) { safeguardingReferrals { reason decidedBy { id } } } }""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/**
	 * A family with an open episode whose consent to share was refused, so the team member from another agency may
	 * not see it: a lead, their manager, that team member.
	 */
	private record Family(String prefix, UUID id, UUID episode, UUID lead, UUID manager, UUID member,
			UUID otherEpisode, UUID outsider) {

		String user(String who) {
			return this.prefix + "-" + who;
		}

	}

	private Family family() {
		String prefix = "sgr-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID manager = this.fixtures.practitioner(prefix + "-manager", agency, null, "PRACTITIONER", "MANAGER");
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, manager);
		UUID member = this.fixtures.practitioner(prefix + "-member", this.fixtures.newAgency("School " + prefix), null);
		UUID outsider = this.fixtures.practitioner(prefix + "-outsider", agency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(member));
		this.fixtures.consent(episode, "SHARE", "REFUSED", parent, lead);
		UUID otherEpisode = this.fixtures.episode("E2-" + prefix, this.fixtures.family("G-" + prefix), lead,
				List.of());
		return new Family(prefix, family, episode, lead, manager, member, otherEpisode, outsider);
	}

	private static Map<String, Object> referral(Family family, String reason) {
		return new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "familyId", family.id().toString(),
				"episodeId", family.episode().toString(), "reason", reason));
	}

	private static GraphQlTester.Response record(HttpGraphQlTester caller, Map<String, Object> input) {
		return caller.document(RECORD).variable("input", input).execute();
	}

	private int referralsOf(UUID family) {
		return this.dsl.fetchCount(SAFEGUARDING_REFERRAL, SAFEGUARDING_REFERRAL.FAMILY_ID.eq(family));
	}

	private List<UUID> told(UUID episode) {
		return this.dsl.select(NOTIFICATION.PRACTITIONER_ID)
			.from(NOTIFICATION)
			.where(NOTIFICATION.EPISODE_ID.eq(episode))
			.and(NOTIFICATION.KIND.eq("SAFEGUARDING_REFERRAL"))
			.fetch(NOTIFICATION.PRACTITIONER_ID);
	}

	@Test
	void a_team_member_records_a_referral_whatever_the_consent_and_the_lead_and_their_manager_are_told() {
		Family family = family();
		Map<String, Object> input = referral(family, "Bruising seen on the child's arms");
		input.put("socialCareReference", "CSC-2211");
		var recorded = record(signedInAs(family.user("member")), input);
		recorded.path("recordSafeguardingReferral.errors").entityList(Object.class).hasSize(0);
		recorded.path("recordSafeguardingReferral.referral.decidedBy.id")
			.entity(String.class)
			.isEqualTo(family.member().toString());
		recorded.path("recordSafeguardingReferral.referral.socialCareReference")
			.entity(String.class)
			.isEqualTo("CSC-2211");
		assertThat(referralsOf(family.id())).isEqualTo(1);
		assertThat(told(family.episode())).containsExactlyInAnyOrder(family.lead(), family.manager());
	}

	@Test
	void a_referral_needs_a_reason_and_an_episode_of_the_family() {
		Family family = family();
		HttpGraphQlTester lead = signedInAs(family.user("lead"));
		refused(record(lead, referral(family, "   ")), "recordSafeguardingReferral", "reason", "REQUIRED");
		Map<String, Object> elsewhere = referral(family, "Disclosure at school");
		elsewhere.put("episodeId", family.otherEpisode().toString());
		refused(record(lead, elsewhere), "recordSafeguardingReferral", "episodeId", "NOT_IN_FAMILY");
		assertThat(referralsOf(family.id())).isZero();
		assertThat(told(family.episode())).isEmpty();

		record(lead, referral(family, "Disclosure at school")).path("recordSafeguardingReferral.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(told(family.episode())).containsExactly(family.manager());
	}

	@Test
	void a_replayed_referral_is_recorded_once_and_a_reused_id_is_refused() {
		Family family = family();
		HttpGraphQlTester lead = signedInAs(family.user("lead"));
		Map<String, Object> input = referral(family, "Disclosure at school");
		record(lead, input);
		record(lead, input).path("recordSafeguardingReferral.referral.id")
			.entity(String.class)
			.isEqualTo(input.get("id").toString());
		input.put("reason", "Something else");
		record(lead, input).path("recordSafeguardingReferral.errors[0].code").entity(String.class).isEqualTo("ID_REUSED");
		assertThat(referralsOf(family.id())).isEqualTo(1);
		assertThat(told(family.episode())).hasSize(1);
	}

	@Test
	void families_partners_and_practitioners_who_may_not_see_the_family_may_not_record_one() {
		Family family = family();
		forbidden(record(signedInAs(family.user("parent")), referral(family, "We are worried")),
				"recordSafeguardingReferral");
		forbidden(record(signedInAs(family.user("outsider")), referral(family, "Heard a rumour")),
				"recordSafeguardingReferral");
		UUID school = this.fixtures.newAgency("Partner " + family.prefix());
		this.fixtures.partnerClient(family.user("partner"), "secret", school, "plans:read actions:write");
		forbidden(record(asPartner(partnerToken(family.user("partner"), "secret")), referral(family, "Absent")),
				"recordSafeguardingReferral");
		callEndpoint(signIn(family.user("parent"), DEMO_PASSWORD), "SafeguardingEndpoint/recordSafeguardingReferral",
				Map.of("input", referral(family, "We are worried")))
			.expectStatus()
			.is4xxClientError();
		assertThat(referralsOf(family.id())).isZero();
	}

	@Test
	void managers_see_a_familys_referrals_and_the_lead_does_not() {
		Family family = family();
		record(signedInAs(family.user("lead")), referral(family, "Disclosure at school"));
		signedInAs(family.user("manager")).document(REFERRALS)
			.variable("id", family.id().toString())
			.execute()
			.path("family.safeguardingReferrals[0].decidedBy.id")
			.entity(String.class)
			.isEqualTo(family.lead().toString());
		signedInAs(family.user("lead")).document(REFERRALS)
			.variable("id", family.id().toString())
			.execute()
			.path("family.safeguardingReferrals")
			.entityList(Object.class)
			.hasSize(0);
	}

	// ---------------------------------------------------------------- a family new to Hearth

	private static Map<String, Object> child(String given, String surname) {
		return Map.of("givenName", given, "familyName", surname, "dateOfBirth", "2019-03-04", "role", "CHILD",
				"livesInHousehold", true, "hasParentalResponsibility", false);
	}

	private static Map<String, Object> parent(String given, String surname) {
		return Map.of("givenName", given, "familyName", surname, "role", "PARENT_CARER", "livesInHousehold", true,
				"hasParentalResponsibility", true);
	}

	/** A referral of a new family with these members, with a new id. */
	private static Map<String, Object> newFamilyReferral(List<Map<String, Object>> members, String reason) {
		return new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "newFamily",
				Map.of("address", Map.of("line1", "2 Test Row", "postcode", "NG1 1AB"), "members", members),
				"reason", reason));
	}

	private static String surname() {
		return "Sgr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	private int peopleNamed(String surname) {
		return this.dsl.fetchCount(PERSON, PERSON.FAMILY_NAME.eq(surname));
	}

	private int referralsWithId(Object id) {
		return this.dsl.fetchCount(SAFEGUARDING_REFERRAL, SAFEGUARDING_REFERRAL.ID.eq(UUID.fromString(id.toString())));
	}

	private List<String> auditedOperations(UUID family) {
		return this.dsl.select(AUDIT_EVENT.OPERATION)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.FAMILY_ID.eq(family))
			.fetch(AUDIT_EVENT.OPERATION);
	}

	@Test
	void a_practitioner_refers_a_family_new_to_hearth_and_the_family_its_members_and_the_referral_are_written() {
		Family known = family();
		String surname = surname();
		Map<String, Object> input = newFamilyReferral(List.of(child("Maya", surname), parent("Rosa", surname)),
				"Maya said she is hit at home");
		input.put("socialCareReference", "CSC-9001");
		// The outsider sees no family at all: a new family needs no family they may see.
		var recorded = record(signedInAs(known.user("outsider")), input);
		recorded.path("recordSafeguardingReferral.errors").entityList(Object.class).hasSize(0);
		recorded.path("recordSafeguardingReferral.referral.id").entity(String.class).isEqualTo(input.get("id").toString());
		recorded.path("recordSafeguardingReferral.referral.decidedBy.id")
			.entity(String.class)
			.isEqualTo(known.outsider().toString());
		UUID familyId = this.dsl.select(SAFEGUARDING_REFERRAL.FAMILY_ID)
			.from(SAFEGUARDING_REFERRAL)
			.where(SAFEGUARDING_REFERRAL.ID.eq(UUID.fromString(input.get("id").toString())))
			.fetchSingle(SAFEGUARDING_REFERRAL.FAMILY_ID);
		assertThat(this.dsl.fetchCount(FAMILY, FAMILY.ID.eq(familyId))).isOne();
		assertThat(this.dsl.select(PERSON.GIVEN_NAME).from(PERSON).where(PERSON.FAMILY_ID.eq(familyId)).fetch(PERSON.GIVEN_NAME))
			.containsExactlyInAnyOrder("Maya", "Rosa");
		assertThat(this.dsl.fetchSingle(SAFEGUARDING_REFERRAL, SAFEGUARDING_REFERRAL.FAMILY_ID.eq(familyId)))
			.satisfies(row -> {
				assertThat(row.getReason()).isEqualTo("Maya said she is hit at home");
				assertThat(row.getSocialCareReference()).isEqualTo("CSC-9001");
				assertThat(row.getEpisodeId()).isNull();
			});
		assertThat(auditedOperations(familyId)).containsExactlyInAnyOrder("added a family for a safeguarding referral",
				"recorded a safeguarding referral");
		// No episode: only the Early Help team sees the family, not the practitioner who referred it.
		signedInAs(known.user("outsider")).document(REFERRALS)
			.variable("id", familyId.toString())
			.execute()
			.path("family")
			.valueIsNull();
	}

	@Test
	void a_referral_names_a_known_family_or_a_new_one_not_both_nor_neither() {
		Family family = family();
		HttpGraphQlTester lead = signedInAs(family.user("lead"));
		String surname = surname();
		Map<String, Object> both = newFamilyReferral(List.of(child("Ivy", surname)), "Both given");
		both.put("familyId", family.id().toString());
		refused(record(lead, both), "recordSafeguardingReferral", "familyId", "FAMILY_REQUIRED");
		Map<String, Object> neither = new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "reason", "Neither"));
		refused(record(lead, neither), "recordSafeguardingReferral", "familyId", "FAMILY_REQUIRED");
		assertThat(referralsWithId(both.get("id"))).isZero();
		assertThat(referralsWithId(neither.get("id"))).isZero();
		assertThat(referralsOf(family.id())).isZero();
		assertThat(peopleNamed(surname)).isZero();
	}

	@Test
	void a_new_family_needs_a_child_and_nothing_is_written_without_one() {
		Family family = family();
		String surname = surname();
		Map<String, Object> input = newFamilyReferral(List.of(parent("Rosa", surname)), "Rosa's baby is due soon");
		var answer = record(signedInAs(family.user("lead")), input);
		answer.path("recordSafeguardingReferral.errors[0].code").entity(String.class).isEqualTo("CHILD_REQUIRED");
		answer.path("recordSafeguardingReferral.errors[0].field")
			.entityList(String.class)
			.containsExactly("input", "newFamily", "members");
		answer.path("recordSafeguardingReferral.referral").valueIsNull();
		assertThat(referralsWithId(input.get("id"))).isZero();
		assertThat(peopleNamed(surname)).isZero();
	}

	@Test
	void a_new_family_sent_twice_is_created_and_referred_once() {
		Family family = family();
		HttpGraphQlTester lead = signedInAs(family.user("lead"));
		String surname = surname();
		Map<String, Object> input = newFamilyReferral(List.of(child("Noor", surname), parent("Sana", surname)),
				"Noor has burns she cannot explain");
		record(lead, input).path("recordSafeguardingReferral.errors").entityList(Object.class).hasSize(0);
		record(lead, input).path("recordSafeguardingReferral.referral.id")
			.entity(String.class)
			.isEqualTo(input.get("id").toString());
		assertThat(referralsWithId(input.get("id"))).isOne();
		assertThat(peopleNamed(surname)).isEqualTo(2);
		assertThat(this.dsl.fetchCount(FAMILY,
				FAMILY.ID.in(this.dsl.select(PERSON.FAMILY_ID).from(PERSON).where(PERSON.FAMILY_NAME.eq(surname)))))
			.isOne();
	}

	@Test
	void families_and_partners_may_not_refer_a_new_family() {
		Family family = family();
		String surname = surname();
		forbidden(record(signedInAs(family.user("parent")),
				newFamilyReferral(List.of(child("Leo", surname)), "Our neighbours' boy")), "recordSafeguardingReferral");
		UUID school = this.fixtures.newAgency("Partner " + family.prefix());
		this.fixtures.partnerClient(family.user("partner"), "secret", school, "plans:read actions:write");
		forbidden(record(asPartner(partnerToken(family.user("partner"), "secret")),
				newFamilyReferral(List.of(child("Leo", surname)), "Absent all week")), "recordSafeguardingReferral");
		callEndpoint(signIn(family.user("parent"), DEMO_PASSWORD), "SafeguardingEndpoint/recordSafeguardingReferral",
				Map.of("input", newFamilyReferral(List.of(child("Leo", surname)), "Our neighbours' boy")))
			.expectStatus()
			.is4xxClientError();
		assertThat(peopleNamed(surname)).isZero();
	}

}
