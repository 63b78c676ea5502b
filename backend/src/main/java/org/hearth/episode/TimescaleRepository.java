package org.hearth.episode;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.Record3;
import org.springframework.stereotype.Repository;

/** Loads, for a batch of episodes, the dates their timescales depend on: four statements whatever the batch size. */
@Repository
class TimescaleRepository {

	/** Actions still to do; done and cancelled ones are never overdue. */
	private static final List<String> UNFINISHED = List.of("NOT_STARTED", "IN_PROGRESS");

	private final DSLContext dsl;

	TimescaleRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Map<UUID, TimescaleFacts> facts(Collection<UUID> episodeIds, LocalDate today) {
		Map<UUID, Record3<UUID, LocalDate, LocalDate>> assessments = this.dsl
			.select(ASSESSMENT.EPISODE_ID, ASSESSMENT.STARTED_ON, ASSESSMENT.COMPLETED_ON)
			.from(ASSESSMENT)
			.where(ASSESSMENT.EPISODE_ID.in(episodeIds))
			.fetchMap(ASSESSMENT.EPISODE_ID);
		Map<UUID, LocalDate> initialMeetings = this.dsl.select(MEETING.EPISODE_ID, min(MEETING.HELD_ON))
			.from(MEETING)
			.where(MEETING.EPISODE_ID.in(episodeIds))
			.and(MEETING.KIND.eq("INITIAL_TAF"))
			.and(MEETING.HELD_ON.isNotNull())
			.groupBy(MEETING.EPISODE_ID)
			.fetchMap(MEETING.EPISODE_ID, min(MEETING.HELD_ON));
		Map<UUID, LatestReview> latestReviews = new HashMap<>();
		this.dsl.select(REVIEW.EPISODE_ID, REVIEW.NEXT_REVIEW_DUE)
			.from(REVIEW)
			.where(REVIEW.EPISODE_ID.in(episodeIds))
			.orderBy(REVIEW.HELD_ON, REVIEW.CREATED_AT)
			.forEach(row -> latestReviews.put(row.value1(), new LatestReview(row.value2())));
		var overdueCount = count().filterWhere(PLAN_ACTION.DUE_DATE.lt(today));
		var earliestDue = min(PLAN_ACTION.DUE_DATE);
		Map<UUID, ActionDates> actions = new HashMap<>();
		this.dsl.select(OUTCOME.EPISODE_ID, overdueCount, earliestDue)
			.from(PLAN_ACTION)
			.join(OUTCOME)
			.on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID))
			.where(OUTCOME.EPISODE_ID.in(episodeIds))
			.and(PLAN_ACTION.STATUS.in(UNFINISHED))
			.groupBy(OUTCOME.EPISODE_ID)
			.forEach(row -> actions.put(row.value1(), new ActionDates(row.value2(), row.value3())));

		Map<UUID, TimescaleFacts> facts = new HashMap<>();
		for (UUID id : episodeIds) {
			var assessment = assessments.get(id);
			LatestReview review = latestReviews.get(id);
			ActionDates action = actions.getOrDefault(id, new ActionDates(0, null));
			facts.put(id,
					new TimescaleFacts(id, (assessment != null) ? assessment.value2() : null,
							(assessment != null) ? assessment.value3() : null, initialMeetings.get(id), review != null,
							(review != null) ? review.nextDue() : null, action.overdue(), action.earliestDue()));
		}
		return facts;
	}

	private record LatestReview(@Nullable LocalDate nextDue) {
	}

	private record ActionDates(int overdue, @Nullable LocalDate earliestDue) {
	}

}
