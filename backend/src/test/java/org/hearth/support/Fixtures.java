package org.hearth.support;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.CLOSURE_SIGNPOST;
import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;
import static org.hearth.db.jooq.Tables.HANDOVER;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.MEETING_ATTENDANCE;
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

import java.time.Clock;
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

	/** The application's own clock, so "today" here is the deployment's today, as the services see it. */
	private final Clock clock;

	public Fixtures(DSLContext dsl, PasswordEncoder passwords, Clock clock) {
		this.dsl = dsl;
		this.passwords = passwords;
		this.clock = clock;
	}

	public UUID agency(String name) {
		return this.dsl.select(AGENCY.ID).from(AGENCY).where(AGENCY.NAME.eq(name)).fetchSingle(AGENCY.ID);
	}

	/** A new agency (a voluntary organisation), on no team yet. */
	public UUID newAgency(String name) {
		UUID id = Ids.newId();
		this.dsl.insertInto(AGENCY).set(AGENCY.ID, id).set(AGENCY.NAME, name).set(AGENCY.KIND, "VOLUNTARY").execute();
		return id;
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
		return account(username, person(familyId, "Parent", "PARENT_CARER", true));
	}

	/** A young person (a child of 14, old enough to be invited) with a sign-in account. */
	public UUID youngPersonAccount(String username, UUID familyId) {
		UUID person = person(familyId, "Youngperson", "CHILD", false);
		this.dsl.update(PERSON)
			.set(PERSON.DATE_OF_BIRTH, LocalDate.now(this.clock).minusYears(14))
			.where(PERSON.ID.eq(person))
			.execute();
		return account(username, person);
	}

	/** An adult of the family without parental responsibility (role OTHER_ADULT) with a sign-in account. */
	public UUID otherAdultAccount(String username, UUID familyId) {
		return account(username, person(familyId, "Otheradult", "OTHER_ADULT", false));
	}

	/** A sign-in account for a person already in a family. */
	public UUID account(String username, UUID person) {
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
			.set(FAMILY.CREATED_AT, this.clock.instant())
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
			.set(PERSON.DATE_OF_BIRTH, LocalDate.now(this.clock).minusYears("CHILD".equals(role) ? 9 : 35))
			.set(PERSON.ROLE, role)
			.set(PERSON.LIVES_IN_HOUSEHOLD, true)
			.set(PERSON.HAS_PARENTAL_RESPONSIBILITY, parentalResponsibility)
			.execute();
		return id;
	}

	/**
	 * A team of a test's own, every name starting with the prefix: an episode (in the given status) of a new family,
	 * led by {@code <prefix>-lead}, with {@code <prefix>-member} of another agency on the team and
	 * {@code <prefix>-outsider} of the lead's agency off it, each able to sign in; a parent who signs in as
	 * {@code <prefix>-parent} and gave full consent; a child.
	 */
	public Team team(String prefix, String status) {
		UUID agency = newAgency("Agency " + prefix);
		UUID lead = practitioner(prefix + "-lead", agency, null);
		UUID member = practitioner(prefix + "-member", newAgency("Other " + prefix), null);
		practitioner(prefix + "-outsider", agency, null);
		UUID family = family("F-" + prefix);
		UUID parent = familyMemberAccount(prefix + "-parent", family);
		UUID child = person(family, "Child", "CHILD", false);
		UUID episode = episode("E-" + prefix, family, lead, List.of(member));
		fullConsent(episode, parent, lead);
		this.dsl.update(EPISODE).set(EPISODE.STATUS, status).where(EPISODE.ID.eq(episode)).execute();
		return new Team(prefix, episode, family, lead, member, parent, child);
	}

	/** What {@link #team} made. */
	public record Team(String prefix, UUID episode, UUID family, UUID lead, UUID member, UUID parent, UUID child) {

		/** The username of the lead, member, outsider or parent. */
		public String user(String who) {
			return this.prefix + "-" + who;
		}

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
			.set(EPISODE.OPENED_ON, LocalDate.now(this.clock).minusDays(30))
			.set(EPISODE.CREATED_AT, this.clock.instant())
			.execute();
		member(id, lead, true);
		members.forEach(member -> member(id, member, false));
		return id;
	}

	private UUID member(UUID episode, UUID practitioner, boolean lead) {
		UUID id = Ids.newId();
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, id)
			.set(TEAM_MEMBER.EPISODE_ID, episode)
			.set(TEAM_MEMBER.PRACTITIONER_ID, practitioner)
			.set(TEAM_MEMBER.IS_LEAD, lead)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, lead ? episode : null)
			.set(TEAM_MEMBER.JOINED_ON, LocalDate.now(this.clock).minusDays(30))
			.execute();
		return id;
	}

	/** The place on the episode's team of a practitioner, or of a family member, by their id. */
	public UUID teamMember(UUID episode, UUID practitionerOrPerson) {
		return this.dsl.select(TEAM_MEMBER.ID)
			.from(TEAM_MEMBER)
			.where(TEAM_MEMBER.EPISODE_ID.eq(episode))
			.and(TEAM_MEMBER.PRACTITIONER_ID.eq(practitionerOrPerson).or(TEAM_MEMBER.PERSON_ID.eq(practitionerOrPerson)))
			.fetchSingle(TEAM_MEMBER.ID);
	}

	/** A family member (such as a grandparent) on the team, as the family's own support. */
	public UUID familyOnTeam(UUID episode, UUID person) {
		UUID id = Ids.newId();
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, id)
			.set(TEAM_MEMBER.EPISODE_ID, episode)
			.set(TEAM_MEMBER.PERSON_ID, person)
			.set(TEAM_MEMBER.ROLE_DESCRIPTION, "Family support")
			.set(TEAM_MEMBER.JOINED_ON, LocalDate.now(this.clock).minusDays(30))
			.execute();
		return id;
	}

	/** The practitioner left the episode's team some days ago (their place stays, with left_on set). */
	public void leaveTeam(UUID episode, UUID practitioner, int daysAgo) {
		this.dsl.update(TEAM_MEMBER)
			.set(TEAM_MEMBER.LEFT_ON, LocalDate.now(this.clock).minusDays(daysAgo))
			.where(TEAM_MEMBER.EPISODE_ID.eq(episode))
			.and(TEAM_MEMBER.PRACTITIONER_ID.eq(practitioner))
			.execute();
	}

	/** A recorded handover of the lead from one place on the team to another (the lead itself is not moved). */
	public void handover(UUID episode, UUID fromMember, UUID toMember, UUID recordedBy) {
		this.dsl.insertInto(HANDOVER)
			.set(HANDOVER.ID, Ids.newId())
			.set(HANDOVER.EPISODE_ID, episode)
			.set(HANDOVER.FROM_MEMBER_ID, fromMember)
			.set(HANDOVER.TO_MEMBER_ID, toMember)
			.set(HANDOVER.HANDED_OVER_ON, LocalDate.now(this.clock).minusDays(20))
			.set(HANDOVER.FAMILY_CONSULTED, true)
			.set(HANDOVER.NOTES, "Handed over at the family's request")
			.set(HANDOVER.RECORDED_BY, recordedBy)
			.execute();
	}

	/** Closes the episode: status CLOSED, a closure with its summary and feedback, and where to find help later. */
	public void close(UUID episode, UUID recordedBy, String... signposts) {
		this.dsl.update(EPISODE)
			.set(EPISODE.STATUS, "CLOSED")
			.set(EPISODE.OPEN_FAMILY_ID, (UUID) null)
			.where(EPISODE.ID.eq(episode))
			.execute();
		this.dsl.insertInto(CLOSURE)
			.set(CLOSURE.EPISODE_ID, episode)
			.set(CLOSURE.CLOSED_ON, LocalDate.now(this.clock).minusDays(1))
			.set(CLOSURE.REASON, "NEEDS_MET")
			.set(CLOSURE.SUMMARY, "Fixture closing summary")
			.set(CLOSURE.FAMILY_FEEDBACK, "The family's feedback")
			.set(CLOSURE.CHILD_FEEDBACK, "The child's feedback")
			.set(CLOSURE.RECORDED_BY, recordedBy)
			.execute();
		for (int i = 0; i < signposts.length; i++) {
			this.dsl.insertInto(CLOSURE_SIGNPOST)
				.set(CLOSURE_SIGNPOST.EPISODE_ID, episode)
				.set(CLOSURE_SIGNPOST.POSITION, i + 1)
				.set(CLOSURE_SIGNPOST.TEXT, signposts[i])
				.execute();
		}
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
	public Plan planWithEverything(UUID episode, UUID parent, UUID child, UUID recordedBy) {
		UUID assessment = assessment(episode, parent, child);
		UUID outcome = outcome(episode, child, "EDUCATION");
		UUID action = action(outcome, leadMemberOf(episode));
		UUID meeting = meeting(episode, List.of(), List.of());
		UUID review = review(episode, meeting, recordedBy);
		familyComment(episode, parent);
		return new Plan(assessment, outcome, action, meeting, review);
	}

	/** The ids of what {@link #planWithEverything} wrote. */
	public record Plan(UUID assessment, UUID outcome, UUID action, UUID meeting, UUID review) {
	}

	/** A completed assessment with the parent's view (their worries) and the child's voice. */
	public UUID assessment(UUID episode, UUID parent, UUID child) {
		LocalDate today = LocalDate.now(this.clock);
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
		return assessment;
	}

	/** The lead's place on the episode's team. */
	public UUID leadMemberOf(UUID episode) {
		return this.dsl.select(TEAM_MEMBER.ID)
			.from(TEAM_MEMBER)
			.where(TEAM_MEMBER.EPISODE_ID.eq(episode).and(TEAM_MEMBER.IS_LEAD.isTrue()))
			.fetchSingle(TEAM_MEMBER.ID);
	}

	/** An open outcome for a person in the given need area (a code of the policy's need areas). */
	public UUID outcome(UUID episode, UUID forPerson, String needArea) {
		UUID outcome = Ids.newId();
		this.dsl.insertInto(OUTCOME)
			.set(OUTCOME.ID, outcome)
			.set(OUTCOME.EPISODE_ID, episode)
			.set(OUTCOME.FOR_PERSON_ID, forPerson)
			.set(OUTCOME.NEED_AREA_CODE, needArea)
			.set(OUTCOME.DESCRIPTION, "In school every day")
			.set(OUTCOME.MEASURE, "Attendance 95%")
			.set(OUTCOME.TARGET_DATE, LocalDate.now(this.clock).plusDays(40))
			.set(OUTCOME.CREATED_AT, this.clock.instant())
			.execute();
		return outcome;
	}

	/** An action towards an outcome, owned by a place on the team, due in a week. */
	public UUID action(UUID outcome, UUID ownerMember) {
		UUID action = Ids.newId();
		this.dsl.insertInto(PLAN_ACTION)
			.set(PLAN_ACTION.ID, action)
			.set(PLAN_ACTION.OUTCOME_ID, outcome)
			.set(PLAN_ACTION.DESCRIPTION, "Morning check-in")
			.set(PLAN_ACTION.OWNER_MEMBER_ID, ownerMember)
			.set(PLAN_ACTION.DUE_DATE, LocalDate.now(this.clock).plusDays(7))
			.set(PLAN_ACTION.CREATED_AT, this.clock.instant())
			.execute();
		return action;
	}

	/** An initial team meeting held ten days ago, with who attended and who sent apologies (places on the team). */
	public UUID meeting(UUID episode, List<UUID> attended, List<UUID> apologies) {
		UUID meeting = Ids.newId();
		this.dsl.insertInto(MEETING)
			.set(MEETING.ID, meeting)
			.set(MEETING.EPISODE_ID, episode)
			.set(MEETING.KIND, "INITIAL_TAF")
			.set(MEETING.SCHEDULED_FOR, this.clock.instant().minusSeconds(10L * 86400))
			.set(MEETING.HELD_ON, LocalDate.now(this.clock).minusDays(10))
			.set(MEETING.FAMILY_ATTENDED, true)
			.execute();
		attended.forEach(member -> attendance(meeting, member, "ATTENDED"));
		apologies.forEach(member -> attendance(meeting, member, "APOLOGIES"));
		return meeting;
	}

	/** A meeting in the diary, not held yet: kind INITIAL_TAF or REVIEW, some days from now. */
	public UUID upcomingMeeting(UUID episode, String kind, int daysAhead) {
		UUID meeting = Ids.newId();
		this.dsl.insertInto(MEETING)
			.set(MEETING.ID, meeting)
			.set(MEETING.EPISODE_ID, episode)
			.set(MEETING.KIND, kind)
			.set(MEETING.SCHEDULED_FOR, this.clock.instant().plusSeconds(daysAhead * 86400L))
			.execute();
		return meeting;
	}

	private void attendance(UUID meeting, UUID member, String attendance) {
		this.dsl.insertInto(MEETING_ATTENDANCE)
			.set(MEETING_ATTENDANCE.MEETING_ID, meeting)
			.set(MEETING_ATTENDANCE.TEAM_MEMBER_ID, member)
			.set(MEETING_ATTENDANCE.ATTENDANCE, attendance)
			.execute();
	}

	/** A review at the meeting, recorded by a practitioner, with the family's views. */
	public UUID review(UUID episode, UUID meeting, UUID recordedBy) {
		UUID review = Ids.newId();
		LocalDate today = LocalDate.now(this.clock);
		this.dsl.insertInto(REVIEW)
			.set(REVIEW.ID, review)
			.set(REVIEW.EPISODE_ID, episode)
			.set(REVIEW.MEETING_ID, meeting)
			.set(REVIEW.HELD_ON, today.minusDays(10))
			.set(REVIEW.PROGRESS, "POSITIVE_CHANGE")
			.set(REVIEW.DECISION, "CONTINUE")
			.set(REVIEW.FAMILY_VIEWS, "The family's view")
			.set(REVIEW.NEXT_REVIEW_DUE, today.plusDays(30))
			.set(REVIEW.RECORDED_BY, recordedBy)
			.set(REVIEW.CREATED_AT, this.clock.instant())
			.execute();
		return review;
	}

	public void familyComment(UUID episode, UUID author) {
		this.dsl.insertInto(FAMILY_COMMENT)
			.set(FAMILY_COMMENT.ID, Ids.newId())
			.set(FAMILY_COMMENT.EPISODE_ID, episode)
			.set(FAMILY_COMMENT.AUTHOR_ID, author)
			.set(FAMILY_COMMENT.WRITTEN_AT, this.clock.instant())
			.set(FAMILY_COMMENT.TEXT, "A comment from the family")
			.execute();
	}

	/** A consent decision by a family member, recorded by {@code recordedBy}; for SHARE, optionally excluding agencies. */
	public UUID consent(UUID episode, String scope, String decision, UUID givenBy, UUID recordedBy,
			UUID... excludedAgencies) {
		UUID id = Ids.newId();
		this.dsl.insertInto(CONSENT)
			.set(CONSENT.ID, id)
			.set(CONSENT.EPISODE_ID, episode)
			.set(CONSENT.SCOPE, scope)
			.set(CONSENT.DECISION, decision)
			.set(CONSENT.GIVEN_BY, givenBy)
			.set(CONSENT.RECORDED_BY, recordedBy)
			.set(CONSENT.RECORDED_AT, this.clock.instant())
			.set(CONSENT.METHOD, "VERBAL")
			.execute();
		for (UUID agency : excludedAgencies) {
			this.dsl.insertInto(CONSENT_EXCLUDED_AGENCY)
				.set(CONSENT_EXCLUDED_AGENCY.CONSENT_ID, id)
				.set(CONSENT_EXCLUDED_AGENCY.AGENCY_ID, agency)
				.execute();
		}
		return id;
	}

	/** Start, store and share consent, all given (share excluding any agencies named); the share consent's id. */
	public UUID fullConsent(UUID episode, UUID givenBy, UUID recordedBy, UUID... excludedFromSharing) {
		consent(episode, "START", "GIVEN", givenBy, recordedBy);
		consent(episode, "STORE", "GIVEN", givenBy, recordedBy);
		return consent(episode, "SHARE", "GIVEN", givenBy, recordedBy, excludedFromSharing);
	}

}
