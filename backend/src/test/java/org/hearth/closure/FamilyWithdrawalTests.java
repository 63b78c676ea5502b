package org.hearth.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

import java.util.List;
import java.util.UUID;

import org.hearth.support.Fixtures;
import org.hearth.support.HearthIntegrationTests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A family member withdrawing consent themselves, in their own app ({@code ClosureEndpoint/withdrawConsent}) and over
 * GraphQL, with real sign-in: only their own consent, only if they may decide, and then the episode closes the same
 * way as when a practitioner records it (the lead told, actions cancelled), recorded as theirs (no practitioner), and
 * a replay closes nothing twice.
 */
class FamilyWithdrawalTests extends HearthIntegrationTests {

	private static final String WITHDRAW = "ClosureEndpoint/withdrawConsent";

	private static final String BODY = """
			{"input":{"episodeId":"%s","givenByPersonId":"%s","reason":"%s","requestId":"%s"}}""";

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private DSLContext dsl;

	/** An active episode with consent given by the parent, one action to do, a parent, another adult and a child. */
	private record Family(String prefix, UUID episode, UUID lead, UUID parent, UUID otherAdult, UUID child,
			UUID openAction) {
	}

	private Family family() {
		String prefix = "fwd-" + UUID.randomUUID().toString().substring(0, 8);
		UUID lead = this.fixtures.practitioner(prefix + "-lead", this.fixtures.newAgency("Agency " + prefix), null);
		UUID family = this.fixtures.family("F-" + prefix);
		UUID parent = this.fixtures.familyMemberAccount(prefix + "-parent", family);
		UUID otherAdult = this.fixtures.otherAdultAccount(prefix + "-other-adult", family);
		UUID child = this.fixtures.person(family, "Child", "CHILD", false);
		UUID episode = this.fixtures.episode("E-" + prefix, family, lead, List.of());
		this.fixtures.fullConsent(episode, parent, lead);
		UUID outcome = this.fixtures.outcome(episode, child, "EDUCATION");
		UUID action = this.fixtures.action(outcome, this.fixtures.leadMemberOf(episode));
		return new Family(prefix, episode, lead, parent, otherAdult, child, action);
	}

	private String status(UUID episode) {
		return this.dsl.select(EPISODE.STATUS).from(EPISODE).where(EPISODE.ID.eq(episode)).fetchSingle().value1();
	}

	private int withdrawals(UUID episode) {
		return this.dsl.fetchCount(CONSENT, CONSENT.EPISODE_ID.eq(episode).and(CONSENT.DECISION.eq("WITHDRAWN")));
	}

	@Test
	void a_parent_withdraws_their_own_consent_and_the_episode_closes_once_as_theirs() {
		Family family = family();
		Session parent = signIn(family.prefix() + "-parent", DEMO_PASSWORD);
		UUID requestId = UUID.randomUUID();

		for (int send = 0; send < 2; send++) {
			// No reason needed from the family; sent twice (a retry), it closes once.
			callEndpoint(parent, WITHDRAW, BODY.formatted(family.episode(), family.parent(), "", requestId))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.errors.length()").isEqualTo(0)
				.jsonPath("$.episode.status").isEqualTo("CLOSED");
		}

		assertThat(status(family.episode())).isEqualTo("CLOSED");
		assertThat(withdrawals(family.episode())).isEqualTo(1);
		var withdrawal = this.dsl.selectFrom(CONSENT)
			.where(CONSENT.EPISODE_ID.eq(family.episode()).and(CONSENT.DECISION.eq("WITHDRAWN")))
			.fetchSingle();
		assertThat(withdrawal.getGivenBy()).isEqualTo(family.parent());
		assertThat(withdrawal.getRecordedBy()).isNull();
		assertThat(withdrawal.getMethod()).isEqualTo("WRITTEN");
		var closure = this.dsl.selectFrom(CLOSURE).where(CLOSURE.EPISODE_ID.eq(family.episode())).fetchSingle();
		assertThat(closure.getReason()).isEqualTo("CONSENT_WITHDRAWN");
		assertThat(closure.getRecordedBy()).isNull();
		assertThat(closure.getSummary()).isEqualTo(ClosureService.WITHDRAWN_IN_APP);
		assertThat(this.dsl.select(PLAN_ACTION.STATUS).from(PLAN_ACTION).where(PLAN_ACTION.ID.eq(family.openAction()))
			.fetchSingle().value1()).isEqualTo("CANCELLED");
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.PRACTITIONER_ID.eq(family.lead())
			.and(NOTIFICATION.EPISODE_ID.eq(family.episode()))
			.and(NOTIFICATION.KIND.eq("EPISODE_CLOSED")))).isEqualTo(1);

		// The lead reads the withdrawal over GraphQL as the family member's own, recorded by no practitioner.
		signedInAs(family.prefix() + "-lead").document("""
				query($id: ID!) { episode(id: $id) { consents { decision method givenBy { id } recordedBy { id } } } }""")
			.variable("id", family.episode().toString())
			.execute()
			.path("episode.consents[?(@.decision == 'WITHDRAWN')].recordedBy")
			.entityList(Object.class)
			.containsExactly((Object) null);
	}

	@Test
	void a_parent_may_not_withdraw_someone_elses_consent_and_nothing_changes() {
		Family family = family();
		Session parent = signIn(family.prefix() + "-parent", DEMO_PASSWORD);

		callEndpoint(parent, WITHDRAW, BODY.formatted(family.episode(), family.otherAdult(), "", UUID.randomUUID()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.value(String.class, message -> assertThat(message).contains("only their own consent"));
		assertThat(status(family.episode())).isEqualTo("ACTIVE");
		assertThat(withdrawals(family.episode())).isZero();
	}

	@Test
	void an_adult_without_parental_responsibility_is_told_they_cannot_decide_and_nothing_changes() {
		Family family = family();
		Session otherAdult = signIn(family.prefix() + "-other-adult", DEMO_PASSWORD);

		callEndpoint(otherAdult, WITHDRAW, BODY.formatted(family.episode(), family.otherAdult(), "", UUID.randomUUID()))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("NOT_ELIGIBLE")
			.jsonPath("$.episode").doesNotExist();
		assertThat(status(family.episode())).isEqualTo("ACTIVE");
		assertThat(withdrawals(family.episode())).isZero();
	}

	@Test
	void a_member_of_another_family_is_refused_as_if_the_episode_did_not_exist() {
		Family family = family();
		Family other = family();
		Session stranger = signIn(other.prefix() + "-parent", DEMO_PASSWORD);

		callEndpoint(stranger, WITHDRAW, BODY.formatted(family.episode(), other.parent(), "", UUID.randomUUID()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.message")
			.value(String.class, message -> assertThat(message).doesNotContain(family.prefix()));
		assertThat(status(family.episode())).isEqualTo("ACTIVE");
		assertThat(withdrawals(family.episode())).isZero();
	}

	@Test
	void over_graphql_a_parent_withdraws_with_a_reason_of_their_own() {
		Family family = family();
		signedInAs(family.prefix() + "-parent").document("""
				mutation($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {
				  episode { status closure { reason summary } } errors { code } } }""")
			.variable("input", java.util.Map.of("episodeId", family.episode().toString(), "givenByPersonId",
					family.parent().toString(), "reason", "We are managing on our own now."))
			.execute()
			.path("withdrawConsent.episode.closure.summary")
			.entity(String.class)
			.isEqualTo("We are managing on our own now.");
		assertThat(status(family.episode())).isEqualTo("CLOSED");
	}

}
