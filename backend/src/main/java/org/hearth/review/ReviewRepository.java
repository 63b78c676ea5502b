package org.hearth.review;

import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.MEETING_ATTENDANCE;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.REVIEW_BROUGHT_FORWARD;
import static org.hearth.db.jooq.Tables.REVIEW_OUTCOME_PROGRESS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.MeetingRecord;
import org.hearth.db.jooq.tables.records.ReviewRecord;
import org.hearth.plan.OutcomeStatus;
import org.hearth.system.StaleVersionException;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

	private final DSLContext dsl;

	ReviewRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Meeting> meetingsOfEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(MEETING)
			.where(MEETING.EPISODE_ID.in(episodeIds))
			.orderBy(MEETING.SCHEDULED_FOR, MEETING.ID)
			.fetch(ReviewRepository::toMeeting);
	}

	List<Meeting> meetings(Collection<UUID> ids) {
		return this.dsl.selectFrom(MEETING).where(MEETING.ID.in(ids)).fetch(ReviewRepository::toMeeting);
	}

	List<Attendance> attendance(Collection<UUID> meetingIds) {
		return this.dsl.selectFrom(MEETING_ATTENDANCE)
			.where(MEETING_ATTENDANCE.MEETING_ID.in(meetingIds))
			.fetch(row -> new Attendance(row.getMeetingId(), row.getTeamMemberId(),
					"ATTENDED".equals(row.getAttendance())));
	}

	List<Review> reviewsOfEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(REVIEW)
			.where(REVIEW.EPISODE_ID.in(episodeIds))
			.orderBy(REVIEW.HELD_ON, REVIEW.CREATED_AT)
			.fetch(ReviewRepository::toReview);
	}

	Optional<Review> review(UUID id) {
		return this.dsl.selectFrom(REVIEW).where(REVIEW.ID.eq(id)).fetchOptional(ReviewRepository::toReview);
	}

	void insertMeeting(Meeting meeting) {
		this.dsl.insertInto(MEETING)
			.set(MEETING.ID, meeting.id())
			.set(MEETING.EPISODE_ID, meeting.episodeId())
			.set(MEETING.KIND, meeting.kind().name())
			.set(MEETING.SCHEDULED_FOR, meeting.scheduledFor())
			.execute();
	}

	/**
	 * Records the meeting as held, with who came and who sent apologies, and moves its version on.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the meeting since it was read
	 */
	int recordHeld(Meeting meeting, LocalDate heldOn, boolean familyAttended, @Nullable String notes,
			Collection<UUID> attended, Collection<UUID> apologies) {
		int version = moveVersionOn(meeting, this.dsl.update(MEETING)
			.set(MEETING.HELD_ON, heldOn)
			.set(MEETING.FAMILY_ATTENDED, familyAttended)
			.set(MEETING.NOTES, notes));
		var insert = this.dsl.insertInto(MEETING_ATTENDANCE, MEETING_ATTENDANCE.MEETING_ID,
				MEETING_ATTENDANCE.TEAM_MEMBER_ID, MEETING_ATTENDANCE.ATTENDANCE);
		attended.forEach(member -> insert.values(meeting.id(), member, "ATTENDED"));
		apologies.forEach(member -> insert.values(meeting.id(), member, "APOLOGIES"));
		insert.execute();
		return version;
	}

	/**
	 * Moves a meeting still to come to another time.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the meeting since it was read
	 */
	int reschedule(Meeting meeting, Instant scheduledFor) {
		return moveVersionOn(meeting, this.dsl.update(MEETING).set(MEETING.SCHEDULED_FOR, scheduledFor));
	}

	/**
	 * Calls one meeting off, keeping it, with when and why.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the meeting since it was read
	 */
	int cancel(Meeting meeting, Instant at, String reason) {
		return moveVersionOn(meeting, this.dsl.update(MEETING)
			.set(MEETING.CANCELLED_AT, at)
			.set(MEETING.CANCELLATION_REASON, reason));
	}

	/** Runs an update of the meeting as read, moving its version on, or throws if it changed since. */
	private int moveVersionOn(Meeting meeting, UpdateSetMoreStep<MeetingRecord> update) {
		int updated = update.set(MEETING.VERSION, meeting.version() + 1)
			.where(MEETING.ID.eq(meeting.id()))
			.and(MEETING.VERSION.eq(meeting.version()))
			.execute();
		if (updated != 1) {
			throw new StaleVersionException("The meeting");
		}
		return meeting.version() + 1;
	}

	/** Calls the meetings off, keeping them; each version moves on. */
	void cancel(Collection<UUID> meetingIds, Instant at, String reason) {
		this.dsl.update(MEETING)
			.set(MEETING.CANCELLED_AT, at)
			.set(MEETING.CANCELLATION_REASON, reason)
			.set(MEETING.VERSION, MEETING.VERSION.plus(1))
			.where(MEETING.ID.in(meetingIds))
			.execute();
	}

	void insertBroughtForward(UUID id, UUID episodeId, LocalDate dueOn, String reason, UUID broughtBy,
			Instant broughtAt) {
		this.dsl.insertInto(REVIEW_BROUGHT_FORWARD)
			.set(REVIEW_BROUGHT_FORWARD.ID, id)
			.set(REVIEW_BROUGHT_FORWARD.EPISODE_ID, episodeId)
			.set(REVIEW_BROUGHT_FORWARD.DUE_ON, dueOn)
			.set(REVIEW_BROUGHT_FORWARD.REASON, reason)
			.set(REVIEW_BROUGHT_FORWARD.BROUGHT_BY, broughtBy)
			.set(REVIEW_BROUGHT_FORWARD.BROUGHT_AT, broughtAt)
			.execute();
	}

	boolean isReviewed(UUID meetingId) {
		return this.dsl.fetchExists(REVIEW, REVIEW.MEETING_ID.eq(meetingId));
	}

	void insertReview(Review review, Instant createdAt, Map<UUID, OutcomeStatus> progress) {
		this.dsl.insertInto(REVIEW)
			.set(REVIEW.ID, review.id())
			.set(REVIEW.EPISODE_ID, review.episodeId())
			.set(REVIEW.MEETING_ID, review.meetingId())
			.set(REVIEW.HELD_ON, review.heldOn())
			.set(REVIEW.PROGRESS, review.progress().name())
			.set(REVIEW.DECISION, review.decision().name())
			.set(REVIEW.FAMILY_VIEWS, review.familyViews())
			.set(REVIEW.CHILD_VIEWS, review.childViews())
			.set(REVIEW.NEXT_REVIEW_DUE, review.nextReviewDue())
			.set(REVIEW.RECORDED_BY, review.recordedById())
			.set(REVIEW.CREATED_AT, createdAt)
			.execute();
		if (!progress.isEmpty()) {
			var insert = this.dsl.insertInto(REVIEW_OUTCOME_PROGRESS, REVIEW_OUTCOME_PROGRESS.REVIEW_ID,
					REVIEW_OUTCOME_PROGRESS.OUTCOME_ID, REVIEW_OUTCOME_PROGRESS.STATUS);
			progress.forEach((outcome, status) -> insert.values(review.id(), outcome, status.name()));
			insert.execute();
		}
	}

	private static Meeting toMeeting(MeetingRecord row) {
		return new Meeting(row.getId(), row.getEpisodeId(), MeetingKind.valueOf(row.getKind()),
				row.getScheduledFor(), row.getHeldOn(), row.getFamilyAttended(), row.getNotes(), row.getCancelledAt(),
				row.getCancellationReason(), row.getVersion());
	}

	private static Review toReview(ReviewRecord row) {
		return new Review(row.getId(), row.getEpisodeId(), row.getMeetingId(), row.getHeldOn(),
				Progress.valueOf(row.getProgress()), ReviewDecision.valueOf(row.getDecision()), row.getFamilyViews(),
				row.getChildViews(), row.getNextReviewDue(), row.getRecordedBy());
	}

}
