package org.hearth.retention;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_SERVICE_INVOLVED;
import static org.hearth.db.jooq.Tables.CHILD_VOICE;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.CLOSURE_SIGNPOST;
import static org.hearth.db.jooq.Tables.CONSENT;
import static org.hearth.db.jooq.Tables.CONSENT_SIGNATURE;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.FAMILY_COMMENT;
import static org.hearth.db.jooq.Tables.FAMILY_INVITATION;
import static org.hearth.db.jooq.Tables.HANDOVER;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.NOTIFICATION;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.POLICY;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.RETENTION_RUN;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.REVIEW_BROUGHT_FORWARD;
import static org.hearth.db.jooq.Tables.SAFEGUARDING_REFERRAL;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.hearth.db.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.graphql.InvalidArgumentException;
import org.hearth.graphql.PageRequests;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The retention policy, families past it, anonymising one, legal holds and the record of runs. */
@Repository
class RetentionRepository {

	/** What replaces a name or a required free text when a family is anonymised. */
	static final String REMOVED = "Removed";

	private final DSLContext dsl;

	RetentionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	int retentionYears() {
		return this.dsl.select(POLICY.RETENTION_YEARS).from(POLICY).fetchSingle(POLICY.RETENTION_YEARS);
	}

	/** Where a family past retention stands: due, or kept for a reason. */
	enum Standing {

		DUE, OPEN_EPISODE, LEGAL_HOLD

	}

	/** A family whose last closure is before the cut-off, not anonymised yet. */
	record PastRetention(UUID familyId, Standing standing) {
	}

	/**
	 * Families not yet anonymised whose latest closure is before the cut-off, and where each stands (an episode open
	 * again comes before a hold).
	 */
	List<PastRetention> pastRetention(LocalDate cutOff) {
		return standings(FAMILY.ANONYMISED_AT.isNull(), cutOff).fetch(this::pastRetention);
	}

	/**
	 * Locks the family (until the transaction ends), then reads again where it stands; empty when it is anonymised
	 * already or no longer past retention.
	 */
	Optional<Standing> lockAndCheck(UUID familyId, LocalDate cutOff) {
		this.dsl.select(FAMILY.ID).from(FAMILY).where(FAMILY.ID.eq(familyId)).forUpdate().fetchOptional();
		return standings(FAMILY.ID.eq(familyId).and(FAMILY.ANONYMISED_AT.isNull()), cutOff).fetchOptional()
			.map(row -> pastRetention(row).standing());
	}

	private org.jooq.SelectConditionStep<org.jooq.Record3<UUID, Boolean, Boolean>> standings(Condition families,
			LocalDate cutOff) {
		Field<LocalDate> latestClosure = select(max(CLOSURE.CLOSED_ON)).from(CLOSURE)
			.join(EPISODE)
			.on(EPISODE.ID.eq(CLOSURE.EPISODE_ID))
			.where(EPISODE.FAMILY_ID.eq(FAMILY.ID))
			.asField();
		Field<Boolean> open = field(
				org.jooq.impl.DSL.exists(selectOne().from(EPISODE).where(EPISODE.OPEN_FAMILY_ID.eq(FAMILY.ID))));
		Field<Boolean> held = when(FAMILY.LEGAL_HOLD_REASON.isNotNull(), true).otherwise(false);
		return this.dsl.select(FAMILY.ID, open, held).from(FAMILY).where(families).and(latestClosure.lt(cutOff));
	}

	private PastRetention pastRetention(org.jooq.Record3<UUID, Boolean, Boolean> row) {
		Standing standing = Boolean.TRUE.equals(row.value2()) ? Standing.OPEN_EPISODE
				: Boolean.TRUE.equals(row.value3()) ? Standing.LEGAL_HOLD : Standing.DUE;
		return new PastRetention(row.value1(), standing);
	}

	/** How much of a family an anonymisation touched, for its audit event. */
	record Anonymised(int version, int people, int episodes) {
	}

	/**
	 * Anonymises the (locked) family: names become {@value #REMOVED}; dates of birth, the address, contact details and
	 * every free text about people are removed or replaced; the family members' sign-in accounts, invitations and
	 * drawn signatures are deleted. Dates, statuses, levels of need, need areas, outcome statuses and closure reasons
	 * stay.
	 */
	Anonymised anonymise(UUID familyId, Instant now) {
		var episodes = select(EPISODE.ID).from(EPISODE).where(EPISODE.FAMILY_ID.eq(familyId));
		var people = select(PERSON.ID).from(PERSON).where(PERSON.FAMILY_ID.eq(familyId));
		var assessments = select(ASSESSMENT.ID).from(ASSESSMENT).where(ASSESSMENT.EPISODE_ID.in(episodes));
		var outcomes = select(OUTCOME.ID).from(OUTCOME).where(OUTCOME.EPISODE_ID.in(episodes));
		var consents = select(CONSENT.ID).from(CONSENT).where(CONSENT.EPISODE_ID.in(episodes));
		int episodeCount = this.dsl.fetchCount(EPISODE, EPISODE.FAMILY_ID.eq(familyId));

		// Who they are and how to reach them: accounts and invitations go, the people stay as "Removed".
		this.dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.PERSON_ID.in(people)).execute();
		this.dsl.deleteFrom(FAMILY_INVITATION)
			.where(FAMILY_INVITATION.PERSON_ID.in(people).or(FAMILY_INVITATION.EPISODE_ID.in(episodes)))
			.execute();
		int peopleCount = this.dsl.update(PERSON)
			.set(PERSON.GIVEN_NAME, REMOVED)
			.set(PERSON.FAMILY_NAME, REMOVED)
			.setNull(PERSON.DATE_OF_BIRTH)
			.setNull(PERSON.EXPECTED_DATE_OF_BIRTH)
			.setNull(PERSON.PHONE)
			.setNull(PERSON.EMAIL)
			.set(PERSON.VERSION, PERSON.VERSION.plus(1))
			.where(PERSON.FAMILY_ID.eq(familyId))
			.execute();
		this.dsl.update(TEAM_MEMBER)
			.setNull(TEAM_MEMBER.ROLE_DESCRIPTION)
			.where(TEAM_MEMBER.EPISODE_ID.in(episodes))
			.and(TEAM_MEMBER.PERSON_ID.isNotNull())
			.execute();

		// What was said and written about them.
		this.dsl.update(EPISODE).set(EPISODE.REQUEST_REASONS, REMOVED).where(EPISODE.FAMILY_ID.eq(familyId)).execute();
		this.dsl.update(CONSENT).setNull(CONSENT.NOTES).where(CONSENT.EPISODE_ID.in(episodes)).execute();
		this.dsl.deleteFrom(CONSENT_SIGNATURE).where(CONSENT_SIGNATURE.CONSENT_ID.in(consents)).execute();
		this.dsl.update(SAFEGUARDING_REFERRAL)
			.set(SAFEGUARDING_REFERRAL.REASON, REMOVED)
			.setNull(SAFEGUARDING_REFERRAL.SOCIAL_CARE_REFERENCE)
			.where(SAFEGUARDING_REFERRAL.FAMILY_ID.eq(familyId))
			.execute();
		this.dsl.update(ASSESSMENT)
			.setNull(ASSESSMENT.SUMMARY)
			.setNull(ASSESSMENT.SOCIAL_CARE_REFERENCE)
			.where(ASSESSMENT.EPISODE_ID.in(episodes))
			.execute();
		this.dsl.deleteFrom(ASSESSMENT_SERVICE_INVOLVED)
			.where(ASSESSMENT_SERVICE_INVOLVED.ASSESSMENT_ID.in(assessments))
			.execute();
		this.dsl.update(PERSON_VIEW)
			.setNull(PERSON_VIEW.WORRIES)
			.setNull(PERSON_VIEW.STRENGTHS)
			.setNull(PERSON_VIEW.WISHES)
			.where(PERSON_VIEW.ASSESSMENT_ID.in(assessments))
			.execute();
		this.dsl.update(CHILD_VOICE)
			.setNull(CHILD_VOICE.WORRIES)
			.setNull(CHILD_VOICE.GOOD_THINGS)
			.setNull(CHILD_VOICE.DREAMS)
			.where(CHILD_VOICE.ASSESSMENT_ID.in(assessments))
			.execute();
		this.dsl.update(OUTCOME)
			.set(OUTCOME.DESCRIPTION, REMOVED)
			.set(OUTCOME.MEASURE, REMOVED)
			.where(OUTCOME.EPISODE_ID.in(episodes))
			.execute();
		this.dsl.update(PLAN_ACTION).set(PLAN_ACTION.DESCRIPTION, REMOVED).where(PLAN_ACTION.OUTCOME_ID.in(outcomes)).execute();
		this.dsl.update(HANDOVER).setNull(HANDOVER.NOTES).where(HANDOVER.EPISODE_ID.in(episodes)).execute();
		this.dsl.update(MEETING)
			.setNull(MEETING.NOTES)
			.setNull(MEETING.CANCELLATION_REASON)
			.where(MEETING.EPISODE_ID.in(episodes))
			.execute();
		this.dsl.update(REVIEW)
			.setNull(REVIEW.FAMILY_VIEWS)
			.setNull(REVIEW.CHILD_VIEWS)
			.where(REVIEW.EPISODE_ID.in(episodes))
			.execute();
		this.dsl.update(REVIEW_BROUGHT_FORWARD)
			.set(REVIEW_BROUGHT_FORWARD.REASON, REMOVED)
			.where(REVIEW_BROUGHT_FORWARD.EPISODE_ID.in(episodes))
			.execute();
		this.dsl.update(FAMILY_COMMENT).set(FAMILY_COMMENT.TEXT, REMOVED).where(FAMILY_COMMENT.EPISODE_ID.in(episodes)).execute();
		this.dsl.update(CLOSURE)
			.set(CLOSURE.SUMMARY, REMOVED)
			.setNull(CLOSURE.FAMILY_FEEDBACK)
			.setNull(CLOSURE.CHILD_FEEDBACK)
			.setNull(CLOSURE.SOCIAL_CARE_REFERENCE)
			.setNull(CLOSURE.TRANSFER_CONTACT)
			.setNull(CLOSURE.RECORDS_SENT)
			.where(CLOSURE.EPISODE_ID.in(episodes))
			.execute();
		this.dsl.update(CLOSURE_SIGNPOST)
			.set(CLOSURE_SIGNPOST.TEXT, REMOVED)
			.where(CLOSURE_SIGNPOST.EPISODE_ID.in(episodes))
			.execute();
		this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.MESSAGE, REMOVED)
			.where(NOTIFICATION.EPISODE_ID.in(episodes))
			.execute();

		// The household itself: no address, no language; marked, so no run comes back to it.
		this.dsl.update(FAMILY)
			.setNull(FAMILY.ADDRESS_LINE1)
			.setNull(FAMILY.ADDRESS_LINE2)
			.setNull(FAMILY.ADDRESS_TOWN)
			.setNull(FAMILY.ADDRESS_POSTCODE)
			.setNull(FAMILY.PRIMARY_LANGUAGE)
			.set(FAMILY.INTERPRETER_REQUIRED, false)
			.set(FAMILY.ANONYMISED_AT, now)
			.set(FAMILY.VERSION, FAMILY.VERSION.plus(1))
			.where(FAMILY.ID.eq(familyId))
			.execute();
		int version = this.dsl.select(FAMILY.VERSION).from(FAMILY).where(FAMILY.ID.eq(familyId)).fetchSingle(FAMILY.VERSION);
		return new Anonymised(version, peopleCount, episodeCount);
	}

	/** A family, locked until the transaction ends, with its hold; empty when there is no such family. */
	record LockedFamily(UUID familyId, int version, @Nullable LegalHold hold, boolean anonymised) {
	}

	Optional<LockedFamily> lockFamily(UUID familyId) {
		return this.dsl.select(FAMILY.ID, FAMILY.VERSION, FAMILY.LEGAL_HOLD_REASON, FAMILY.LEGAL_HOLD_SET_BY,
				FAMILY.LEGAL_HOLD_SET_AT, FAMILY.ANONYMISED_AT)
			.from(FAMILY)
			.where(FAMILY.ID.eq(familyId))
			.forUpdate()
			.fetchOptional(row -> new LockedFamily(row.value1(), row.value2(), hold(row.value1(), row.value3(),
					row.value4(), row.value5()), row.value6() != null));
	}

	/** Sets (a hold) or clears (null) the family's legal hold; the family's new version. */
	int setHold(UUID familyId, @Nullable LegalHold hold) {
		this.dsl.update(FAMILY)
			.set(FAMILY.LEGAL_HOLD_REASON, (hold != null) ? hold.reason() : null)
			.set(FAMILY.LEGAL_HOLD_SET_BY, (hold != null) ? hold.setById() : null)
			.set(FAMILY.LEGAL_HOLD_SET_AT, (hold != null) ? hold.setAt() : null)
			.set(FAMILY.VERSION, FAMILY.VERSION.plus(1))
			.where(FAMILY.ID.eq(familyId))
			.execute();
		return this.dsl.select(FAMILY.VERSION).from(FAMILY).where(FAMILY.ID.eq(familyId)).fetchSingle(FAMILY.VERSION);
	}

	/** The holds of the families that have one. */
	List<LegalHold> holds(Collection<UUID> familyIds) {
		return this.dsl.select(FAMILY.ID, FAMILY.LEGAL_HOLD_REASON, FAMILY.LEGAL_HOLD_SET_BY, FAMILY.LEGAL_HOLD_SET_AT)
			.from(FAMILY)
			.where(FAMILY.ID.in(familyIds))
			.and(FAMILY.LEGAL_HOLD_REASON.isNotNull())
			.fetch(row -> hold(row.value1(), row.value2(), row.value3(), row.value4()))
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private static @Nullable LegalHold hold(UUID familyId, @Nullable String reason, @Nullable UUID setBy,
			@Nullable Instant setAt) {
		return (reason != null && setBy != null && setAt != null) ? new LegalHold(familyId, reason, setBy, setAt) : null;
	}

	/** Families under a legal hold (one, or all when null), most recently held first, with who set it. */
	List<HeldFamily> heldFamilies(@Nullable UUID familyId) {
		var rows = this.dsl.select(FAMILY.ID, FAMILY.REFERENCE, FAMILY.LEGAL_HOLD_REASON, PRACTITIONER.NAME,
				FAMILY.LEGAL_HOLD_SET_AT)
			.from(FAMILY)
			.join(PRACTITIONER)
			.on(PRACTITIONER.ID.eq(FAMILY.LEGAL_HOLD_SET_BY))
			.where(FAMILY.LEGAL_HOLD_REASON.isNotNull())
			.and((familyId != null) ? FAMILY.ID.eq(familyId) : org.jooq.impl.DSL.noCondition())
			.orderBy(FAMILY.LEGAL_HOLD_SET_AT.desc(), FAMILY.ID)
			.fetch();
		if (rows.isEmpty()) {
			return List.of();
		}
		// Each family's latest episode, the family page's address: one statement for all of them.
		Map<UUID, UUID> latest = new java.util.HashMap<>();
		this.dsl.select(EPISODE.FAMILY_ID, EPISODE.ID)
			.from(EPISODE)
			.where(EPISODE.FAMILY_ID.in(rows.getValues(FAMILY.ID)))
			.orderBy(EPISODE.OPENED_ON, EPISODE.ID)
			.forEach(row -> latest.put(row.value1(), row.value2()));
		return rows.map(row -> new HeldFamily(row.value1(), row.value2(), latest.get(row.value1()), row.value3(),
				row.value4(), row.value5()));
	}

	void insertRun(RetentionRun run) {
		this.dsl.insertInto(RETENTION_RUN)
			.set(RETENTION_RUN.ID, run.id())
			.set(RETENTION_RUN.STARTED_AT, run.startedAt())
			.set(RETENTION_RUN.FINISHED_AT, run.finishedAt())
			.set(RETENTION_RUN.CUT_OFF, run.cutOff())
			.set(RETENTION_RUN.RETENTION_YEARS, run.yearsAfterClosure())
			.set(RETENTION_RUN.ANONYMISED, run.anonymised())
			.set(RETENTION_RUN.SKIPPED_OPEN_EPISODE, run.skippedOpenEpisode())
			.set(RETENTION_RUN.SKIPPED_LEGAL_HOLD, run.skippedLegalHold())
			.set(RETENTION_RUN.SKIPPED_CHANGED, run.skippedChanged())
			.set(RETENTION_RUN.FAILED, run.failed())
			.set(RETENTION_RUN.INSTANCE, run.instance())
			.execute();
	}

	/** Where one run sits in the list (newest first); a page's cursors are made of these keys. */
	record Position(Instant startedAt, UUID id) {

		Map<String, String> keys() {
			return Map.of("startedAt", this.startedAt.toString(), "id", this.id.toString());
		}

		static Position from(Map<String, Object> keys) {
			try {
				return new Position(Instant.parse(PageRequests.key(keys, "startedAt")),
						UUID.fromString(PageRequests.key(keys, "id")));
			}
			catch (RuntimeException ex) {
				throw InvalidArgumentException.notACursor();
			}
		}

	}

	/** Runs, newest first, after a position. */
	List<RetentionRun> runs(@Nullable Position after, int limit) {
		var ordered = this.dsl.selectFrom(RETENTION_RUN).orderBy(RETENTION_RUN.STARTED_AT.desc(), RETENTION_RUN.ID.desc());
		var page = (after != null) ? ordered.seek(after.startedAt(), after.id()).limit(limit) : ordered.limit(limit);
		return page.fetch(row -> new RetentionRun(row.getId(), row.getStartedAt(), row.getFinishedAt(), row.getCutOff(),
				row.getRetentionYears(), row.getAnonymised(), row.getSkippedOpenEpisode(), row.getSkippedLegalHold(),
				row.getSkippedChanged(), row.getFailed(), row.getInstance()));
	}

	int countRuns() {
		return this.dsl.fetchCount(RETENTION_RUN);
	}

}
