package org.hearth.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.EPISODE;

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
 * {@code recordConsent} through /graphql with real sign-in: consent in moves a requested episode on, a refusal holds
 * it, only someone who may decide can, share consent alone leaves agencies out, and a replay records nothing new.
 */
class RecordConsentTests extends HearthIntegrationTests {

	private static final String RECORD = """
			mutation($input: RecordConsentInput!) {
			  recordConsent(input: $input) {
			    episode { status consents { scope decision givenBy { givenName } excludedAgencies { name } } }
			    errors { field code message }
			  }
			}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** A requested episode: a mother with parental responsibility, a 13-year-old, an 8-year-old and a lodger. */
	private record Request(String prefix, UUID episode, String lead, String member, UUID otherAgency, UUID mother,
			UUID teenager, UUID child, UUID lodger, UUID stranger) {
	}

	private Request request(String source) {
		String prefix = "cns-" + UUID.randomUUID().toString().substring(0, 8);
		UUID agency = this.fixtures.newAgency("Agency " + prefix);
		UUID otherAgency = this.fixtures.newAgency("Other " + prefix);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", agency, null);
		UUID member = this.fixtures.practitioner(prefix + "-member", otherAgency, null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID mother = this.fixtures.person(family, "Mother", "PARENT_CARER", true);
		UUID teenager = person(family, "Teen", LocalDate.now().minusYears(13).minusDays(3));
		UUID child = person(family, "Small", LocalDate.now().minusYears(8));
		UUID lodger = this.fixtures.person(family, "Lodger", "OTHER_ADULT", false);
		UUID stranger = this.fixtures.person(this.fixtures.family("G-" + prefix), "Stranger", "PARENT_CARER", true);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of(member));
		this.dsl.update(EPISODE)
			.set(EPISODE.STATUS, "REQUESTED")
			.set(EPISODE.SOURCE, source)
			.where(EPISODE.ID.eq(episode))
			.execute();
		return new Request(prefix, episode, prefix + "-lead", prefix + "-member", otherAgency, mother, teenager, child,
				lodger, stranger);
	}

	private UUID person(UUID family, String name, LocalDate born) {
		UUID id = this.fixtures.person(family, name, "CHILD", false);
		this.dsl.update(org.hearth.db.jooq.Tables.PERSON)
			.set(org.hearth.db.jooq.Tables.PERSON.DATE_OF_BIRTH, born)
			.where(org.hearth.db.jooq.Tables.PERSON.ID.eq(id))
			.execute();
		return id;
	}

	private static GraphQlTester.Response record(HttpGraphQlTester caller, @Nullable UUID id, UUID episode,
			String scope, String decision, UUID givenBy, @Nullable List<UUID> excluded) {
		Map<String, Object> input = new HashMap<>(Map.of("episodeId", episode.toString(), "scope", scope, "decision",
				decision, "givenByPersonId", givenBy.toString(), "method", "SIGNED_ON_DEVICE"));
		if (id != null) {
			input.put("id", id.toString());
		}
		if (excluded != null) {
			input.put("excludedAgencyIds", excluded.stream().map(UUID::toString).toList());
		}
		return caller.document(RECORD).variable("input", input).execute();
	}

	private String statusOf(UUID episode) {
		return this.dsl.select(EPISODE.STATUS).from(EPISODE).where(EPISODE.ID.eq(episode)).fetchSingle().value1();
	}

	private int consentsOn(UUID episode) {
		return this.dsl.fetchCount(CONSENT, CONSENT.EPISODE_ID.eq(episode));
	}

	@Test
	void start_and_store_given_move_a_requested_episode_to_assessing_and_share_may_leave_an_agency_out() {
		Request request = request("PRACTITIONER_REQUEST");
		HttpGraphQlTester lead = signedInAs(request.lead());
		record(lead, null, request.episode(), "START", "GIVEN", request.mother(), null)
			.path("recordConsent.episode.status")
			.entity(String.class)
			.isEqualTo("REQUESTED");
		record(lead, null, request.episode(), "STORE", "GIVEN", request.mother(), null)
			.path("recordConsent.episode.status")
			.entity(String.class)
			.isEqualTo("ASSESSING");
		var share = record(lead, null, request.episode(), "SHARE", "GIVEN", request.mother(),
				List.of(request.otherAgency()));
		share.path("recordConsent.errors").entityList(Object.class).hasSize(0);
		share.path("recordConsent.episode.consents[2].excludedAgencies[*].name")
			.entityList(String.class)
			.containsExactly("Other " + request.prefix());
	}

	@Test
	void a_young_person_of_12_or_over_decides_for_themself_and_a_step_down_goes_straight_to_planning() {
		Request request = request("STEP_DOWN_FROM_SOCIAL_CARE");
		HttpGraphQlTester lead = signedInAs(request.lead());
		record(lead, null, request.episode(), "START", "GIVEN", request.teenager(), null).path("recordConsent.errors")
			.entityList(Object.class)
			.hasSize(0);
		record(lead, null, request.episode(), "STORE", "GIVEN", request.teenager(), null)
			.path("recordConsent.episode.status")
			.entity(String.class)
			.isEqualTo("PLANNING");
	}

	@Test
	void a_refusal_is_recorded_and_holds_the_episode_where_it_is() {
		Request request = request("PRACTITIONER_REQUEST");
		HttpGraphQlTester lead = signedInAs(request.lead());
		record(lead, null, request.episode(), "START", "GIVEN", request.mother(), null);
		record(lead, null, request.episode(), "STORE", "REFUSED", request.mother(), null)
			.path("recordConsent.episode.status")
			.entity(String.class)
			.isEqualTo("REQUESTED");
		assertThat(consentsOn(request.episode())).isEqualTo(2);
	}

	@Test
	void only_someone_who_may_decide_can_and_only_share_leaves_agencies_out() {
		Request request = request("PRACTITIONER_REQUEST");
		HttpGraphQlTester lead = signedInAs(request.lead());
		Map<String, String> refusals = Map.of("child", "NOT_ELIGIBLE", "lodger", "NOT_ELIGIBLE", "stranger",
				"NOT_IN_FAMILY");
		Map<String, UUID> people = Map.of("child", request.child(), "lodger", request.lodger(), "stranger",
				request.stranger());
		refusals.forEach((who, code) -> {
			var refused = record(lead, null, request.episode(), "START", "GIVEN", people.get(who), null);
			refused.path("recordConsent.errors[0].code").entity(String.class).isEqualTo(code);
			refused.path("recordConsent.errors[0].field")
				.entityList(String.class)
				.containsExactly("input", "givenByPersonId");
		});
		record(lead, null, request.episode(), "START", "GIVEN", request.mother(), List.of(request.otherAgency()))
			.path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOR_SCOPE");
		record(lead, null, request.episode(), "SHARE", "GIVEN", request.mother(), List.of(UUID.randomUUID()))
			.path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("UNKNOWN_AGENCY");
		record(lead, null, request.episode(), "START", "WITHDRAWN", request.mother(), null)
			.path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("USE_WITHDRAW_CONSENT");
		assertThat(consentsOn(request.episode())).isZero();
	}

	@Test
	void before_the_family_agrees_to_share_a_team_member_from_another_agency_may_not_record_consent() {
		Request request = request("PRACTITIONER_REQUEST");
		// The access rule: without share consent only the lead's side sees the episode.
		var refused = record(signedInAs(request.member()), null, request.episode(), "START", "GIVEN", request.mother(),
				null);
		refused.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		HttpGraphQlTester lead = signedInAs(request.lead());
		record(lead, null, request.episode(), "SHARE", "GIVEN", request.mother(), null);
		record(signedInAs(request.member()), null, request.episode(), "START", "GIVEN", request.mother(), null)
			.path("recordConsent.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void a_family_member_and_a_practitioner_off_the_team_may_not_record_consent() {
		Request request = request("PRACTITIONER_REQUEST");
		String parent = request.prefix() + "-parent";
		this.fixtures.familyMemberAccount(parent, this.dsl.select(EPISODE.FAMILY_ID)
			.from(EPISODE)
			.where(EPISODE.ID.eq(request.episode()))
			.fetchSingle()
			.value1());
		for (HttpGraphQlTester refused : List.of(signedInAs("casey"), signedInAs(parent))) {
			var response = record(refused, null, request.episode(), "START", "GIVEN", request.mother(), null);
			response.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
		}
		assertThat(consentsOn(request.episode())).isZero();
	}

	@Test
	void recording_the_same_consent_twice_records_it_once() {
		Request request = request("PRACTITIONER_REQUEST");
		HttpGraphQlTester lead = signedInAs(request.lead());
		UUID id = UUID.randomUUID();
		record(lead, id, request.episode(), "START", "GIVEN", request.mother(), null).path("recordConsent.errors")
			.entityList(Object.class)
			.hasSize(0);
		record(lead, id, request.episode(), "START", "GIVEN", request.mother(), null).path("recordConsent.errors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(consentsOn(request.episode())).isEqualTo(1);
		record(lead, id, request.episode(), "STORE", "GIVEN", request.mother(), null).path("recordConsent.errors[0].code")
			.entity(String.class)
			.isEqualTo("ID_REUSED");
		assertThat(consentsOn(request.episode())).isEqualTo(1);
	}

}
