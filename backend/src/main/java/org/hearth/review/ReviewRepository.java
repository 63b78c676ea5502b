package org.hearth.review;

import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.MEETING_ATTENDANCE;
import static org.hearth.db.jooq.Tables.REVIEW;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.MeetingRecord;
import org.hearth.db.jooq.tables.records.ReviewRecord;
import org.jooq.DSLContext;
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

	private static Meeting toMeeting(MeetingRecord row) {
		return new Meeting(row.getId(), row.getEpisodeId(), MeetingKind.valueOf(row.getKind()),
				row.getScheduledFor(), row.getHeldOn(), row.getFamilyAttended(), row.getNotes(), row.getVersion());
	}

	private static Review toReview(ReviewRecord row) {
		return new Review(row.getId(), row.getEpisodeId(), row.getMeetingId(), row.getHeldOn(),
				Progress.valueOf(row.getProgress()), ReviewDecision.valueOf(row.getDecision()), row.getFamilyViews(),
				row.getChildViews(), row.getNextReviewDue(), row.getRecordedBy());
	}

}
