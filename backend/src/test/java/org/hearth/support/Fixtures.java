package org.hearth.support;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PARTNER_CLIENT;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.CONSENT_EXCLUDED_AGENCY;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.PRACTITIONER_ROLE;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test data written straight to the database, for tests that need people and episodes the demo does not have.
 * Every account gets the demo password.
 */
@Component
public class Fixtures {

	private final DSLContext dsl;

	private final PasswordEncoder passwords;

	public Fixtures(DSLContext dsl, PasswordEncoder passwords) {
		this.dsl = dsl;
		this.passwords = passwords;
	}

	public UUID agency(String name) {
		return this.dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.NAME.eq(name)).fetchSingle(AGENCY.ID);
	}

	/** A practitioner with a sign-in account (username = the given name). */
	public UUID practitioner(String username, UUID agency, @Nullable UUID manager, String... roles) {
		UUID id = Ids.newId();
		this.dsl.insertInto(PRACTITIONER)
			.set(PRACTITIONER.ID, id)
			.set(PRACTITIONER.AGENCY_ID, agency)
			.set(PRACTITIONER.NAME, "Test " + username)
			.set(PRACTITIONER.MANAGER_ID, manager)
			.execute();
		for (String role : (roles.length == 0) ? new String[] { "PRACTITIONER" } : roles) {
			this.dsl.insertInto(PRACTITIONER_ROLE)
				.set(PRACTITIONER_ROLE.PRACTITIONER_ID, id)
				.set(PRACTITIONER_ROLE.ROLE, role)
				.execute();
		}
		this.dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, Ids.newId())
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, this.passwords.encode(HearthIntegrationTests.DEMO_PASSWORD))
			.set(USER_ACCOUNT.PRACTITIONER_ID, id)
			.execute();
		return id;
	}

	/** A family member with a sign-in account. */
	public UUID familyMemberAccount(String username, UUID familyId) {
		UUID person = person(familyId, "Parent", "PARENT_CARER", true);
		this.dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, Ids.newId())
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, this.passwords.encode(HearthIntegrationTests.DEMO_PASSWORD))
			.set(USER_ACCOUNT.PERSON_ID, person)
			.execute();
		return person;
	}

	public UUID family(String reference) {
		UUID id = Ids.newId();
		this.dsl.insertInto(FAMILY)
			.set(FAMILY.ID, id)
			.set(FAMILY.REFERENCE, reference)
			.set(FAMILY.CREATED_AT, Instant.now())
			.execute();
		return id;
	}

	public UUID person(UUID familyId, String givenName, String role, boolean parentalResponsibility) {
		UUID id = Ids.newId();
		this.dsl.insertInto(PERSON)
			.set(PERSON.ID, id)
			.set(PERSON.FAMILY_ID, familyId)
			.set(PERSON.GIVEN_NAME, givenName)
			.set(PERSON.FAMILY_NAME, "Fixture")
			.set(PERSON.DATE_OF_BIRTH, LocalDate.now().minusYears("CHILD".equals(role) ? 9 : 35))
			.set(PERSON.ROLE, role)
			.set(PERSON.LIVES_IN_HOUSEHOLD, true)
			.set(PERSON.HAS_PARENTAL_RESPONSIBILITY, parentalResponsibility)
			.execute();
		return id;
	}

	/** An active episode for the family, led by {@code lead}, with the other practitioners on its team. */
	public UUID episode(String reference, UUID familyId, UUID lead, List<UUID> members) {
		UUID id = Ids.newId();
		this.dsl.insertInto(EPISODE)
			.set(EPISODE.ID, id)
			.set(EPISODE.REFERENCE, reference)
			.set(EPISODE.FAMILY_ID, familyId)
			.set(EPISODE.OPEN_FAMILY_ID, familyId)
			.set(EPISODE.STATUS, "ACTIVE")
			.set(EPISODE.LEVEL_OF_NEED, "LEVEL_2")
			.set(EPISODE.SOURCE, "PRACTITIONER_REQUEST")
			.set(EPISODE.REQUEST_REASONS, "Fixture")
			.set(EPISODE.OPENED_ON, LocalDate.now().minusDays(30))
			.set(EPISODE.CREATED_AT, Instant.now())
			.execute();
		member(id, lead, true);
		members.forEach(member -> member(id, member, false));
		return id;
	}

	private void member(UUID episode, UUID practitioner, boolean lead) {
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, Ids.newId())
			.set(TEAM_MEMBER.EPISODE_ID, episode)
			.set(TEAM_MEMBER.PRACTITIONER_ID, practitioner)
			.set(TEAM_MEMBER.IS_LEAD, lead)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, lead ? episode : null)
			.set(TEAM_MEMBER.JOINED_ON, LocalDate.now().minusDays(30))
			.execute();
	}

	/** A partner system client of an agency, with the given secret and space-separated scopes. */
	public void partnerClient(String clientId, String secret, UUID agency, String scopes) {
		this.dsl.insertInto(PARTNER_CLIENT)
			.set(PARTNER_CLIENT.ID, Ids.newId())
			.set(PARTNER_CLIENT.CLIENT_ID, clientId)
			.set(PARTNER_CLIENT.SECRET_HASH, this.passwords.encode(secret))
			.set(PARTNER_CLIENT.AGENCY_ID, agency)
			.set(PARTNER_CLIENT.SCOPES, scopes)
			.execute();
	}

	/** Switches a partner client on or off, as a council administrator would in the partner_client table. */
	public void partnerClientEnabled(String clientId, boolean enabled) {
		this.dsl.update(PARTNER_CLIENT)
			.set(PARTNER_CLIENT.ENABLED, enabled)
			.where(PARTNER_CLIENT.CLIENT_ID.eq(clientId))
			.execute();
	}

	/**
	 * Fills an episode with one of everything that holds personal data: an assessment with a person's view and a
	 * child's voice, an outcome with an action, a held meeting with a review, and a family comment.
	 */
	public void planWithEverything(UUID episode, UUID parent, UUID child, UUID recordedBy) {
		Instant now = Instant.now();
		LocalDate today = LocalDate.now();
		UUID assessment = Ids.newId();
		this.dsl.insertInto(ASSESSMENT)
			.set(ASSESSMENT.ID, assessment)
			.set(ASSESSMENT.EPISODE_ID, episode)
			.set(ASSESSMENT.STARTED_ON, today.minusDays(25))
			.set(ASSESSMENT.COMPLETED_ON, today.minusDays(20))
			.set(ASSESSMENT.SUMMARY, "Fixture summary")
			.execute();
		this.dsl.insertInto(PERSON_VIEW)
			.set(PERSON_VIEW.ID, Ids.newId())
			.set(PERSON_VIEW.ASSESSMENT_ID, assessment)
			.set(PERSON_VIEW.PERSON_ID, parent)
			.set(PERSON_VIEW.WORRIES, "Private worries")
			.execute();
		this.dsl.insertInto(CHILD_VOICE)
			.set(CHILD_VOICE.ID, Ids.newId())
			.set(CHILD_VOICE.ASSESSMENT_ID, assessment)
			.set(CHILD_VOICE.CHILD_ID, child)
			.set(CHILD_VOICE.WORRIES, "A child's worry")
			.execute();
		UUID lead = this.dsl.select(TEAM_MEMBER.ID)
			.from(TEAM_MEMBER)
			.where(TEAM_MEMBER.EPISODE_ID.eq(episode).and(TEAM_MEMBER.IS_LEAD.isTrue()))
			.fetchSingle(TEAM_MEMBER.ID);
		UUID outcome = Ids.newId();
		this.dsl.insertInto(OUTCOME)
			.set(OUTCOME.ID, outcome)
			.set(OUTCOME.EPISODE_ID, episode)
			.set(OUTCOME.FOR_PERSON_ID, child)
			.set(OUTCOME.NEED_AREA_CODE, "EDUCATION")
			.set(OUTCOME.DESCRIPTION, "In school every day")
			.set(OUTCOME.MEASURE, "Attendance 95%")
			.set(OUTCOME.TARGET_DATE, today.plusDays(40))
			.set(OUTCOME.CREATED_AT, now)
			.execute();
		this.dsl.insertInto(PLAN_ACTION)
			.set(PLAN_ACTION.ID, Ids.newId())
			.set(PLAN_ACTION.OUTCOME_ID, outcome)
			.set(PLAN_ACTION.DESCRIPTION, "Morning check-in")
			.set(PLAN_ACTION.OWNER_MEMBER_ID, lead)
			.set(PLAN_ACTION.DUE_DATE, today.plusDays(7))
			.set(PLAN_ACTION.CREATED_AT, now)
			.execute();
		UUID meeting = Ids.newId();
		this.dsl.insertInto(MEETING)
			.set(MEETING.ID, meeting)
			.set(MEETING.EPISODE_ID, episode)
			.set(MEETING.KIND, "INITIAL_TAF")
			.set(MEETING.SCHEDULED_FOR, now.minusSeconds(10L * 86400))
			.set(MEETING.HELD_ON, today.minusDays(10))
			.set(MEETING.FAMILY_ATTENDED, true)
			.execute();
		this.dsl.insertInto(REVIEW)
			.set(REVIEW.ID, Ids.newId())
			.set(REVIEW.EPISODE_ID, episode)
			.set(REVIEW.MEETING_ID, meeting)
			.set(REVIEW.HELD_ON, today.minusDays(10))
			.set(REVIEW.PROGRESS, "POSITIVE_CHANGE")
			.set(REVIEW.DECISION, "CONTINUE")
			.set(REVIEW.FAMILY_VIEWS, "The family's view")
			.set(REVIEW.NEXT_REVIEW_DUE, today.plusDays(30))
			.set(REVIEW.RECORDED_BY, recordedBy)
			.set(REVIEW.CREATED_AT, now)
			.execute();
		this.dsl.insertInto(FAMILY_COMMENT)
			.set(FAMILY_COMMENT.ID, Ids.newId())
			.set(FAMILY_COMMENT.EPISODE_ID, episode)
			.set(FAMILY_COMMENT.AUTHOR_ID, parent)
			.set(FAMILY_COMMENT.WRITTEN_AT, now)
			.set(FAMILY_COMMENT.TEXT, "A comment from the family")
			.execute();
	}

	/** A consent decision by a family member, recorded by {@code recordedBy}; for SHARE, optionally excluding agencies. */
	public void consent(UUID episode, String scope, String decision, UUID givenBy, UUID recordedBy,
			UUID... excludedAgencies) {
		UUID id = Ids.newId();
		this.dsl.insertInto(CONSENT)
			.set(CONSENT.ID, id)
			.set(CONSENT.EPISODE_ID, episode)
			.set(CONSENT.SCOPE, scope)
			.set(CONSENT.DECISION, decision)
			.set(CONSENT.GIVEN_BY, givenBy)
			.set(CONSENT.RECORDED_BY, recordedBy)
			.set(CONSENT.RECORDED_AT, Instant.now())
			.set(CONSENT.METHOD, "VERBAL")
			.execute();
		for (UUID agency : excludedAgencies) {
			this.dsl.insertInto(CONSENT_EXCLUDED_AGENCY)
				.set(CONSENT_EXCLUDED_AGENCY.CONSENT_ID, id)
				.set(CONSENT_EXCLUDED_AGENCY.AGENCY_ID, agency)
				.execute();
		}
	}

	/** Start, store and share consent, all given (share excluding any agencies named). */
	public void fullConsent(UUID episode, UUID givenBy, UUID recordedBy, UUID... excludedFromSharing) {
		consent(episode, "START", "GIVEN", givenBy, recordedBy);
		consent(episode, "STORE", "GIVEN", givenBy, recordedBy);
		consent(episode, "SHARE", "GIVEN", givenBy, recordedBy, excludedFromSharing);
	}

}
