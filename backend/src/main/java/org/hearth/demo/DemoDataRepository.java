package org.hearth.demo;

import static org.hearth.db.jooq.Tables.AGENCY;
import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_SERVICE_INVOLVED;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.CLOSURE_SIGNPOST;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.MEETING_ATTENDANCE;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PARTNER_CLIENT;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.PRACTITIONER_ROLE;
import static org.hearth.db.jooq.Tables.REFERENCE_COUNTER;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.REVIEW_OUTCOME_PROGRESS;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hearth.system.Ids;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Writes demo rows. Used only by the demo loader, never by the product's own use cases. */
@Repository
class DemoDataRepository {

	private final DSLContext dsl;

	DemoDataRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	boolean isEmpty() {
		return this.dsl.fetchCount(AGENCY) == 0;
	}

	List<UUID> episodeIds() {
		return this.dsl.select(EPISODE.ID).from(EPISODE).fetch(EPISODE.ID);
	}

	UUID agency(String name, String kind, String email, String phone) {
		UUID id = Ids.newId();
		this.dsl.insertInto(AGENCY)
			.set(AGENCY.ID, id)
			.set(AGENCY.NAME, name)
			.set(AGENCY.KIND, kind)
			.set(AGENCY.EMAIL, email)
			.set(AGENCY.PHONE, phone)
			.execute();
		return id;
	}

	UUID practitioner(UUID agencyId, String name, String jobTitle, String email, String phone,
			@Nullable UUID managerId, List<String> roles) {
		UUID id = Ids.newId();
		this.dsl.insertInto(PRACTITIONER)
			.set(PRACTITIONER.ID, id)
			.set(PRACTITIONER.AGENCY_ID, agencyId)
			.set(PRACTITIONER.NAME, name)
			.set(PRACTITIONER.JOB_TITLE, jobTitle)
			.set(PRACTITIONER.EMAIL, email)
			.set(PRACTITIONER.PHONE, phone)
			.set(PRACTITIONER.MANAGER_ID, managerId)
			.execute();
		roles.forEach(role -> this.dsl.insertInto(PRACTITIONER_ROLE)
			.set(PRACTITIONER_ROLE.PRACTITIONER_ID, id)
			.set(PRACTITIONER_ROLE.ROLE, role)
			.execute());
		return id;
	}

	void account(String username, String passwordHash, @Nullable UUID practitionerId, @Nullable UUID personId) {
		this.dsl.insertInto(USER_ACCOUNT)
			.set(USER_ACCOUNT.ID, Ids.newId())
			.set(USER_ACCOUNT.USERNAME, username)
			.set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
			.set(USER_ACCOUNT.PRACTITIONER_ID, practitionerId)
			.set(USER_ACCOUNT.PERSON_ID, personId)
			.execute();
	}

	void partnerClient(String clientId, String secretHash, UUID agencyId, String scopes) {
		this.dsl.insertInto(PARTNER_CLIENT)
			.set(PARTNER_CLIENT.ID, Ids.newId())
			.set(PARTNER_CLIENT.CLIENT_ID, clientId)
			.set(PARTNER_CLIENT.SECRET_HASH, secretHash)
			.set(PARTNER_CLIENT.AGENCY_ID, agencyId)
			.set(PARTNER_CLIENT.SCOPES, scopes)
			.execute();
	}

	UUID family(String reference, String line1, String town, String postcode, String language,
			boolean interpreter, Instant createdAt) {
		UUID id = Ids.newId();
		this.dsl.insertInto(FAMILY)
			.set(FAMILY.ID, id)
			.set(FAMILY.REFERENCE, reference)
			.set(FAMILY.ADDRESS_LINE1, line1)
			.set(FAMILY.ADDRESS_TOWN, town)
			.set(FAMILY.ADDRESS_POSTCODE, postcode)
			.set(FAMILY.PRIMARY_LANGUAGE, language)
			.set(FAMILY.INTERPRETER_REQUIRED, interpreter)
			.set(FAMILY.CREATED_AT, createdAt)
			.execute();
		return id;
	}

	UUID person(UUID familyId, String givenName, String familyName, @Nullable LocalDate dateOfBirth,
			@Nullable LocalDate expectedDateOfBirth, String role, boolean livesInHousehold,
			boolean parentalResponsibility) {
		UUID id = Ids.newId();
		this.dsl.insertInto(PERSON)
			.set(PERSON.ID, id)
			.set(PERSON.FAMILY_ID, familyId)
			.set(PERSON.GIVEN_NAME, givenName)
			.set(PERSON.FAMILY_NAME, familyName)
			.set(PERSON.DATE_OF_BIRTH, dateOfBirth)
			.set(PERSON.EXPECTED_DATE_OF_BIRTH, expectedDateOfBirth)
			.set(PERSON.ROLE, role)
			.set(PERSON.LIVES_IN_HOUSEHOLD, livesInHousehold)
			.set(PERSON.HAS_PARENTAL_RESPONSIBILITY, parentalResponsibility)
			.execute();
		return id;
	}

	UUID episode(String reference, UUID familyId, String status, String level, String source, String reasons,
			LocalDate openedOn, UUID requestedBy, Instant createdAt) {
		UUID id = Ids.newId();
		this.dsl.insertInto(EPISODE)
			.set(EPISODE.ID, id)
			.set(EPISODE.REFERENCE, reference)
			.set(EPISODE.FAMILY_ID, familyId)
			.set(EPISODE.OPEN_FAMILY_ID, "CLOSED".equals(status) ? null : familyId)
			.set(EPISODE.STATUS, status)
			.set(EPISODE.LEVEL_OF_NEED, level)
			.set(EPISODE.SOURCE, source)
			.set(EPISODE.REQUEST_REASONS, reasons)
			.set(EPISODE.OPENED_ON, openedOn)
			.set(EPISODE.REQUESTED_BY, requestedBy)
			.set(EPISODE.CREATED_AT, createdAt)
			.execute();
		return id;
	}

	void referenceCounter(String kind, int year, int lastValue) {
		this.dsl.insertInto(REFERENCE_COUNTER)
			.set(REFERENCE_COUNTER.KIND, kind)
			.set(REFERENCE_COUNTER.REF_YEAR, year)
			.set(REFERENCE_COUNTER.LAST_VALUE, lastValue)
			.execute();
	}

	void consent(UUID episodeId, String scope, UUID givenBy, UUID recordedBy, Instant recordedAt, String method,
			@Nullable String notes) {
		this.dsl.insertInto(CONSENT)
			.set(CONSENT.ID, Ids.newId())
			.set(CONSENT.EPISODE_ID, episodeId)
			.set(CONSENT.SCOPE, scope)
			.set(CONSENT.DECISION, "GIVEN")
			.set(CONSENT.GIVEN_BY, givenBy)
			.set(CONSENT.RECORDED_BY, recordedBy)
			.set(CONSENT.RECORDED_AT, recordedAt)
			.set(CONSENT.METHOD, method)
			.set(CONSENT.NOTES, notes)
			.execute();
	}

	UUID assessment(UUID episodeId, LocalDate startedOn, @Nullable LocalDate completedOn, @Nullable String summary,
			List<String> services) {
		UUID id = Ids.newId();
		this.dsl.insertInto(ASSESSMENT)
			.set(ASSESSMENT.ID, id)
			.set(ASSESSMENT.EPISODE_ID, episodeId)
			.set(ASSESSMENT.STARTED_ON, startedOn)
			.set(ASSESSMENT.COMPLETED_ON, completedOn)
			.set(ASSESSMENT.SUMMARY, summary)
			.execute();
		for (int i = 0; i < services.size(); i++) {
			this.dsl.insertInto(ASSESSMENT_SERVICE_INVOLVED)
				.set(ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID, id)
				.set(ASSESSMENT_SERVICE_INVOLVED.POSITION, i)
				.set(ASSESSMENT_SERVICE_INVOLVED.NAME, services.get(i))
				.execute();
		}
		return id;
	}

	void personView(UUID assessmentId, UUID personId, String worries, String strengths, String wishes,
			boolean opinion) {
		this.dsl.insertInto(PERSON_VIEW)
			.set(PERSON_VIEW.ID, Ids.newId())
			.set(PERSON_VIEW.ASSESSMENT_ID, assessmentId)
			.set(PERSON_VIEW.PERSON_ID, personId)
			.set(PERSON_VIEW.WORRIES, worries)
			.set(PERSON_VIEW.STRENGTHS, strengths)
			.set(PERSON_VIEW.WISHES, wishes)
			.set(PERSON_VIEW.IS_OPINION, opinion)
			.execute();
	}

	void childVoice(UUID assessmentId, UUID childId, String worries, String goodThings, String dreams) {
		this.dsl.insertInto(CHILD_VOICE)
			.set(CHILD_VOICE.ID, Ids.newId())
			.set(CHILD_VOICE.ASSESSMENT_ID, assessmentId)
			.set(CHILD_VOICE.CHILD_ID, childId)
			.set(CHILD_VOICE.WORRIES, worries)
			.set(CHILD_VOICE.GOOD_THINGS, goodThings)
			.set(CHILD_VOICE.DREAMS, dreams)
			.execute();
	}

	UUID practitionerMember(UUID episodeId, UUID practitionerId, String role, boolean lead, LocalDate joinedOn,
			@Nullable LocalDate leftOn) {
		return member(episodeId, practitionerId, null, role, lead, joinedOn, leftOn);
	}

	UUID familyMember(UUID episodeId, UUID personId, String role, LocalDate joinedOn) {
		return member(episodeId, null, personId, role, false, joinedOn, null);
	}

	private UUID member(UUID episodeId, @Nullable UUID practitionerId, @Nullable UUID personId, String role,
			boolean lead, LocalDate joinedOn, @Nullable LocalDate leftOn) {
		UUID id = Ids.newId();
		this.dsl.insertInto(TEAM_MEMBER)
			.set(TEAM_MEMBER.ID, id)
			.set(TEAM_MEMBER.EPISODE_ID, episodeId)
			.set(TEAM_MEMBER.PRACTITIONER_ID, practitionerId)
			.set(TEAM_MEMBER.PERSON_ID, personId)
			.set(TEAM_MEMBER.ROLE_DESCRIPTION, role)
			.set(TEAM_MEMBER.IS_LEAD, lead)
			.set(TEAM_MEMBER.LEAD_OF_EPISODE, lead ? episodeId : null)
			.set(TEAM_MEMBER.JOINED_ON, joinedOn)
			.set(TEAM_MEMBER.LEFT_ON, leftOn)
			.execute();
		return id;
	}

	UUID outcome(UUID episodeId, @Nullable UUID forPersonId, String needArea, String description, String measure,
			LocalDate targetDate, String status, Instant createdAt) {
		UUID id = Ids.newId();
		this.dsl.insertInto(OUTCOME)
			.set(OUTCOME.ID, id)
			.set(OUTCOME.EPISODE_ID, episodeId)
			.set(OUTCOME.FOR_PERSON_ID, forPersonId)
			.set(OUTCOME.NEED_AREA_CODE, needArea)
			.set(OUTCOME.DESCRIPTION, description)
			.set(OUTCOME.MEASURE, measure)
			.set(OUTCOME.TARGET_DATE, targetDate)
			.set(OUTCOME.STATUS, status)
			.set(OUTCOME.CREATED_AT, createdAt)
			.execute();
		return id;
	}

	void action(UUID outcomeId, String description, UUID ownerMemberId, LocalDate dueDate, String status,
			@Nullable LocalDate completedOn, Instant createdAt) {
		this.dsl.insertInto(PLAN_ACTION)
			.set(PLAN_ACTION.ID, Ids.newId())
			.set(PLAN_ACTION.OUTCOME_ID, outcomeId)
			.set(PLAN_ACTION.DESCRIPTION, description)
			.set(PLAN_ACTION.OWNER_MEMBER_ID, ownerMemberId)
			.set(PLAN_ACTION.DUE_DATE, dueDate)
			.set(PLAN_ACTION.STATUS, status)
			.set(PLAN_ACTION.COMPLETED_ON, completedOn)
			.set(PLAN_ACTION.CREATED_AT, createdAt)
			.execute();
	}

	UUID meeting(UUID episodeId, String kind, Instant scheduledFor, @Nullable LocalDate heldOn,
			@Nullable Boolean familyAttended, @Nullable String notes, List<UUID> attended, List<UUID> apologies) {
		UUID id = Ids.newId();
		this.dsl.insertInto(MEETING)
			.set(MEETING.ID, id)
			.set(MEETING.EPISODE_ID, episodeId)
			.set(MEETING.KIND, kind)
			.set(MEETING.SCHEDULED_FOR, scheduledFor)
			.set(MEETING.HELD_ON, heldOn)
			.set(MEETING.FAMILY_ATTENDED, familyAttended)
			.set(MEETING.NOTES, notes)
			.execute();
		attended.forEach(member -> attendance(id, member, "ATTENDED"));
		apologies.forEach(member -> attendance(id, member, "APOLOGIES"));
		return id;
	}

	private void attendance(UUID meetingId, UUID memberId, String attendance) {
		this.dsl.insertInto(MEETING_ATTENDANCE)
			.set(MEETING_ATTENDANCE.MEETING_ID, meetingId)
			.set(MEETING_ATTENDANCE.TEAM_MEMBER_ID, memberId)
			.set(MEETING_ATTENDANCE.ATTENDANCE, attendance)
			.execute();
	}

	UUID review(UUID episodeId, @Nullable UUID meetingId, LocalDate heldOn, String progress, String decision,
			String familyViews, String childViews, @Nullable LocalDate nextReviewDue, UUID recordedBy,
			Instant createdAt, List<UUID> outcomeIds, String outcomeStatus) {
		UUID id = Ids.newId();
		this.dsl.insertInto(REVIEW)
			.set(REVIEW.ID, id)
			.set(REVIEW.EPISODE_ID, episodeId)
			.set(REVIEW.MEETING_ID, meetingId)
			.set(REVIEW.HELD_ON, heldOn)
			.set(REVIEW.PROGRESS, progress)
			.set(REVIEW.DECISION, decision)
			.set(REVIEW.FAMILY_VIEWS, familyViews)
			.set(REVIEW.CHILD_VIEWS, childViews)
			.set(REVIEW.NEXT_REVIEW_DUE, nextReviewDue)
			.set(REVIEW.RECORDED_BY, recordedBy)
			.set(REVIEW.CREATED_AT, createdAt)
			.execute();
		outcomeIds.forEach(outcomeId -> this.dsl.insertInto(REVIEW_OUTCOME_PROGRESS)
			.set(REVIEW_OUTCOME_PROGRESS.REVIEW_ID, id)
			.set(REVIEW_OUTCOME_PROGRESS.OUTCOME_ID, outcomeId)
			.set(REVIEW_OUTCOME_PROGRESS.STATUS, outcomeStatus)
			.execute());
		return id;
	}

	void closure(UUID episodeId, LocalDate closedOn, String reason, String summary, String familyFeedback,
			String childFeedback, UUID recordedBy, List<String> signposts) {
		this.dsl.insertInto(CLOSURE)
			.set(CLOSURE.EPISODE_ID, episodeId)
			.set(CLOSURE.CLOSED_ON, closedOn)
			.set(CLOSURE.REASON, reason)
			.set(CLOSURE.SUMMARY, summary)
			.set(CLOSURE.FAMILY_FEEDBACK, familyFeedback)
			.set(CLOSURE.CHILD_FEEDBACK, childFeedback)
			.set(CLOSURE.RECORDED_BY, recordedBy)
			.execute();
		for (int i = 0; i < signposts.size(); i++) {
			this.dsl.insertInto(CLOSURE_SIGNPOST)
				.set(CLOSURE_SIGNPOST.EPISODE_ID, episodeId)
				.set(CLOSURE_SIGNPOST.POSITION, i)
				.set(CLOSURE_SIGNPOST.TEXT, signposts.get(i))
				.execute();
		}
	}

	void familyComment(UUID episodeId, UUID authorId, Instant writtenAt, String text) {
		this.dsl.insertInto(FAMILY_COMMENT)
			.set(FAMILY_COMMENT.ID, Ids.newId())
			.set(FAMILY_COMMENT.EPISODE_ID, episodeId)
			.set(FAMILY_COMMENT.AUTHOR_ID, authorId)
			.set(FAMILY_COMMENT.WRITTEN_AT, writtenAt)
			.set(FAMILY_COMMENT.TEXT, text)
			.execute();
	}

}
