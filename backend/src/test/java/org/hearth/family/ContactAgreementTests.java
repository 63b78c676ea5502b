package org.hearth.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.AUDIT_EVENT;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PRACTITIONER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hearth.reminder.ReminderService;
import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code recordContactAgreement} through /graphql with real sign-in: the team records where a family member may be
 * reminded and that they agreed, reads it back; bad input, stale versions, replays and callers who may not are refused
 * or answered once; only those who may change the family's members read a contact, and a family member reads their
 * own; and the morning job then reminds the family member, until the agreement is withdrawn.
 */
class ContactAgreementTests extends HearthIntegrationTests {

	private static final String RECORD = """
			mutation($input: RecordContactAgreementInput!) {
			  recordContactAgreement(input: $input) {
			    person { id version contact { email phone agreedToBeContacted } }
			    contact { email phone agreedToBeContacted }
			    errors { field code message }
			  }
			}""";

	private static final String MEMBERS = """
			query($f: ID!) { family(id: $f) { members { id givenName contact { email phone agreedToBeContacted } } } }""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private ReminderService reminders;

	/** A team, with a young person of 13, a child of 8 and an unborn baby in the family. */
	private record Made(Fixtures.Team team, UUID teenager, UUID child, UUID unborn) {
	}

	private Made made() {
		Fixtures.Team team = this.fixtures.team("ct-" + UUID.randomUUID().toString().substring(0, 8), "ACTIVE");
		UUID teenager = this.fixtures.person(team.family(), "Teen", "CHILD", false);
		born(teenager, LocalDate.now(this.clock).minusYears(13).minusDays(2));
		UUID child = team.child();
		born(child, LocalDate.now(this.clock).minusYears(8));
		UUID unborn = this.fixtures.person(team.family(), "Bump", "CHILD", false);
		this.dsl.update(PERSON)
			.setNull(PERSON.DATE_OF_BIRTH)
			.set(PERSON.EXPECTED_DATE_OF_BIRTH, LocalDate.now(this.clock).plusMonths(3))
			.where(PERSON.ID.eq(unborn))
			.execute();
		return new Made(team, teenager, child, unborn);
	}

	private void born(UUID person, LocalDate on) {
		this.dsl.update(PERSON).set(PERSON.DATE_OF_BIRTH, on).where(PERSON.ID.eq(person)).execute();
	}

	private static GraphQlTester.Response record(HttpGraphQlTester caller, UUID person, int version,
			@Nullable String email, @Nullable String phone, boolean agreed, @Nullable UUID requestId) {
		Map<String, Object> input = new HashMap<>(Map.of("personId", person.toString(), "version", version,
				"agreedToBeContacted", agreed));
		if (email != null) {
			input.put("email", email);
		}
		if (phone != null) {
			input.put("phone", phone);
		}
		if (requestId != null) {
			input.put("requestId", requestId.toString());
		}
		return caller.document(RECORD).variable("input", input).execute();
	}

	private Record4<String, String, Boolean, Integer> stored(UUID person) {
		return this.dsl.select(PERSON.EMAIL, PERSON.PHONE, PERSON.AGREED_TO_BE_CONTACTED, PERSON.VERSION)
			.from(PERSON)
			.where(PERSON.ID.eq(person))
			.fetchSingle();
	}

	private int audited(UUID family, String operationStart) {
		return this.dsl.fetchCount(AUDIT_EVENT,
				AUDIT_EVENT.FAMILY_ID.eq(family).and(AUDIT_EVENT.OPERATION.startsWith(operationStart)));
	}

	@Test
	void the_team_records_an_e_mail_and_agreement_and_reads_it_back_audited_without_the_address() {
		Made made = made();
		Fixtures.Team team = made.team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		var done = record(lead, team.parent(), 0, "  dana.parent@example.org ", null, true, UUID.randomUUID());
		done.path("recordContactAgreement.errors").entityList(Object.class).hasSize(0);
		done.path("recordContactAgreement.person.version").entity(Integer.class).isEqualTo(1);
		done.path("recordContactAgreement.contact.email").entity(String.class).isEqualTo("dana.parent@example.org");
		done.path("recordContactAgreement.contact.agreedToBeContacted").entity(Boolean.class).isEqualTo(true);

		// The practitioner on the team reads it with the family's members; the others' contacts are empty.
		var read = signedInAs(team.user("member")).document(MEMBERS).variable("f", team.family().toString()).execute();
		read.path("family.members[?(@.givenName == 'Parent')].contact.email")
			.entityList(String.class)
			.containsExactly("dana.parent@example.org");
		read.path("family.members[?(@.givenName == 'Parent')].contact.agreedToBeContacted")
			.entityList(Boolean.class)
			.containsExactly(true);

		// A mobile number too, then a UK number given with +44 and spaces.
		record(lead, team.parent(), 1, "dana.parent@example.org", "+44 7700 900123", true, null)
			.path("recordContactAgreement.contact.phone")
			.entity(String.class)
			.isEqualTo("+44 7700 900123");
		assertThat(stored(team.parent()).value4()).isEqualTo(2);

		// Audited in words that name neither the address nor the number.
		assertThat(audited(team.family(), "recorded agreement to be contacted: e-mail given")).isEqualTo(1);
		assertThat(audited(team.family(), "recorded agreement to be contacted: e-mail and phone given")).isEqualTo(1);
		List<String> trail = this.dsl.select(AUDIT_EVENT.OPERATION, AUDIT_EVENT.DETAIL, AUDIT_EVENT.CHANGES)
			.from(AUDIT_EVENT)
			.where(AUDIT_EVENT.FAMILY_ID.eq(team.family()))
			.fetch(row -> row.value1() + " " + row.value2() + " " + row.value3());
		assertThat(trail).anySatisfy(event -> assertThat(event).contains("email"));
		assertThat(String.join("\n", trail)).doesNotContain("example.org")
			.doesNotContain("7700");
	}

	@Test
	void each_bad_input_gets_its_code_at_its_field_and_changes_nothing() {
		Made made = made();
		Fixtures.Team team = made.team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		String mutation = "recordContactAgreement";
		refused(record(lead, team.parent(), 0, "not an address", null, true, null), mutation, "email",
				"EMAIL_NOT_VALID");
		refused(record(lead, team.parent(), 0, "dana@example", null, true, null), mutation, "email", "EMAIL_NOT_VALID");
		refused(record(lead, team.parent(), 0, null, "+1 202 555 0100", true, null), mutation, "phone", "PHONE_NOT_UK");
		refused(record(lead, team.parent(), 0, null, "07700-900123", true, null), mutation, "phone", "PHONE_NOT_UK");
		refused(record(lead, team.parent(), 0, " ", "", true, null), mutation, "email", "CONTACT_REQUIRED");
		refused(record(lead, made.child(), 0, "child@example.org", null, true, null), mutation, "personId",
				"CANNOT_BE_CONTACTED");
		refused(record(lead, made.unborn(), 0, "bump@example.org", null, true, null), mutation, "personId",
				"CANNOT_BE_CONTACTED");
		for (UUID person : List.of(team.parent(), made.child(), made.unborn())) {
			var row = stored(person);
			assertThat(row.value1()).isNull();
			assertThat(row.value2()).isNull();
			assertThat(row.value3()).isFalse();
			assertThat(row.value4()).isZero();
		}
		assertThat(audited(team.family(), "recorded")).isZero();

		// A young person of 13 may be contacted.
		record(lead, made.teenager(), 0, null, "07700 900456", true, null).path("recordContactAgreement.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void a_stale_version_is_refused_and_a_replay_answers_the_same_and_is_audited_once() {
		Made made = made();
		Fixtures.Team team = made.team();
		HttpGraphQlTester lead = signedInAs(team.user("lead"));
		UUID requestId = UUID.randomUUID();
		var first = record(lead, team.parent(), 0, "first@example.org", null, true, requestId);
		first.path("recordContactAgreement.person.version").entity(Integer.class).isEqualTo(1);
		var again = record(lead, team.parent(), 0, "first@example.org", null, true, requestId);
		again.path("recordContactAgreement.errors").entityList(Object.class).hasSize(0);
		again.path("recordContactAgreement.person.version").entity(Integer.class).isEqualTo(1);
		again.path("recordContactAgreement.contact.email").entity(String.class).isEqualTo("first@example.org");
		assertThat(audited(team.family(), "recorded agreement")).isEqualTo(1);

		// The team member read version 0 before the lead's change: refused, nothing overwritten.
		var stale = record(signedInAs(team.user("member")), team.parent(), 0, "other@example.org", null, true, null);
		stale.path("recordContactAgreement.errors[0].code").entity(String.class).isEqualTo("STALE_VERSION");
		stale.path("recordContactAgreement.person").valueIsNull();
		assertThat(stored(team.parent()).value1()).isEqualTo("first@example.org");
		assertThat(stored(team.parent()).value4()).isEqualTo(1);
	}

	@Test
	void those_who_may_not_change_the_family_are_refused_and_read_no_contact() {
		Made made = made();
		Fixtures.Team team = made.team();
		record(signedInAs(team.user("lead")), team.parent(), 0, "mine@example.org", "07700 900789", true, null);

		// A practitioner of the lead's agency, not on the team: the episode is not theirs to change.
		forbidden(record(signedInAs(team.user("outsider")), team.parent(), 1, "x@example.org", null, true, null),
				"recordContactAgreement");
		callEndpoint(signIn(team.user("outsider"), DEMO_PASSWORD), "ContactEndpoint/recordContactAgreement",
				Map.of("input", Map.of("personId", team.parent().toString(), "version", 1, "email", "x@example.org",
						"agreedToBeContacted", true)))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("You may not do this: No episode you may change has this id.");

		// The team member's manager sees the family, but does not change its members: refused for the step, and reads
		// no contact.
		UUID membersAgency = this.dsl.select(PRACTITIONER.AGENCY_ID)
			.from(PRACTITIONER)
			.where(PRACTITIONER.ID.eq(team.member()))
			.fetchSingle()
			.value1();
		UUID boss = this.fixtures.practitioner(team.prefix() + "-boss", membersAgency, null, "PRACTITIONER", "MANAGER");
		this.dsl.update(PRACTITIONER).set(PRACTITIONER.MANAGER_ID, boss).where(PRACTITIONER.ID.eq(team.member())).execute();
		forbidden(record(signedInAs(team.prefix() + "-boss"), team.parent(), 1, "x@example.org", null, true, null),
				"recordContactAgreement");
		callEndpoint(signIn(team.prefix() + "-boss", DEMO_PASSWORD), "ContactEndpoint/recordContactAgreement",
				Map.of("input", Map.of("personId", team.parent().toString(), "version", 1, "email", "x@example.org",
						"agreedToBeContacted", true)))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.isEqualTo("You may not do this: You may not add someone to this family on this episode.");
		signedInAs(team.prefix() + "-boss").document(MEMBERS)
			.variable("f", team.family().toString())
			.execute()
			.path("family.members[*].contact")
			.entityList(Object.class)
			.satisfies(contacts -> assertThat(contacts).hasSize(4).containsOnlyNulls());

		// A partner system of an agency on the team, allowed to write its own actions: not the family's members.
		String client = team.prefix() + "-mis";
		this.fixtures.partnerClient(client, "contact-secret", membersAgency, "plans:read actions:write");
		var partner = asPartner(partnerToken(client, "contact-secret"));
		var partnerRefused = record(partner, team.parent(), 1, "x@example.org", null, true, null);
		forbidden(partnerRefused, "recordContactAgreement");
		partner.document(MEMBERS)
			.variable("f", team.family().toString())
			.execute()
			.path("family.members[*].contact")
			.entityList(Object.class)
			.satisfies(contacts -> assertThat(contacts).isNotEmpty().containsOnlyNulls());

		// The family member themselves may not record it (the team does), nor read another member's contact; they
		// read their own as the viewer.
		HttpGraphQlTester parent = signedInAs(team.user("parent"));
		var own = record(parent, team.parent(), 1, "x@example.org", null, false, null);
		forbidden(own, "recordContactAgreement");
		record(signedInAs(team.user("lead")), made.teenager(), 0, "teen@example.org", null, true, null);
		parent.document(MEMBERS)
			.variable("f", team.family().toString())
			.execute()
			.path("family.members[*].contact")
			.entityList(Object.class)
			.satisfies(contacts -> assertThat(contacts).hasSize(4).containsOnlyNulls());
		var viewer = parent.document("{ viewer { ... on FamilyViewer { contact { email phone agreedToBeContacted } } } }")
			.execute();
		viewer.path("viewer.contact.email").entity(String.class).isEqualTo("mine@example.org");
		viewer.path("viewer.contact.agreedToBeContacted").entity(Boolean.class).isEqualTo(true);

		assertThat(stored(team.parent()).value1()).isEqualTo("mine@example.org");
		assertThat(stored(team.parent()).value4()).isEqualTo(1);
		assertThat(audited(team.family(), "recorded agreement")).isEqualTo(2);
	}

	/** The family member's reminders of meetings: queued once they agreed, and no more once they withdrew. */
	@Test
	void after_recording_the_family_member_is_reminded_and_after_withdrawing_no_more() {
		Made made = made();
		Fixtures.Team team = made.team();
		// A meeting in two days (reminded today), and another in three (reminded tomorrow).
		UUID soon = this.fixtures.upcomingMeeting(team.episode(), "REVIEW", 2);
		UUID later = this.fixtures.upcomingMeeting(team.episode(), "REVIEW", 3);
		HttpGraphQlTester lead = signedInAs(team.user("lead"));

		this.reminders.queueDue();
		assertThat(remindedOf(team.parent(), team.episode())).isEmpty();

		record(lead, team.parent(), 0, "parent@example.org", null, true, null).path("recordContactAgreement.errors")
			.entityList(Object.class)
			.hasSize(0);
		this.reminders.queueDue();
		assertThat(remindedOf(team.parent(), team.episode())).singleElement()
			.satisfies(key -> assertThat(key).startsWith("MEETING_SOON/" + soon));

		record(lead, team.parent(), 1, "parent@example.org", null, false, null).path("recordContactAgreement.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(audited(team.family(), "recorded agreement to be contacted withdrawn: e-mail given")).isEqualTo(1);
		this.clock.advance(Duration.ofDays(1));
		this.reminders.queueDue();
		assertThat(remindedOf(team.parent(), team.episode())).hasSize(1);
		// The job did run: the lead is reminded of the later meeting.
		assertThat(remindedOf(team.lead(), team.episode())).anySatisfy(
				key -> assertThat(key).startsWith("MEETING_SOON/" + later));
	}

	private List<String> remindedOf(UUID recipient, UUID episode) {
		return this.dsl.select(NOTIFICATION.REMINDER_KEY)
			.from(NOTIFICATION)
			.where(NOTIFICATION.EPISODE_ID.eq(episode))
			.and(NOTIFICATION.REMINDER_KEY.endsWith("/" + recipient))
			.fetch(NOTIFICATION.REMINDER_KEY);
	}

}
