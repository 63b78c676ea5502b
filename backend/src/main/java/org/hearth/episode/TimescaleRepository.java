package org.hearth.episode;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.REVIEW_BROUGHT_FORWARD;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * Loads, for a batch of episodes, the dates their timescales depend on: one statement whatever the batch size, each
 * date a subquery that reads only that episode's rows through an index.
 */
@Repository
class TimescaleRepository {

	/** Actions still to do; done and cancelled ones are never overdue. */
	private static final List<String> UNFINISHED = List.of("NOT_STARTED", "IN_PROGRESS");

	private final DSLContext dsl;

	TimescaleRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Map<UUID, TimescaleFacts> facts(Collection<UUID> episodeIds, LocalDate today) {
		Field<LocalDate> initialMeeting = field(select(min(MEETING.HELD_ON)).from(MEETING)
			.where(MEETING.EPISODE_ID.eq(EPISODE.ID))
			.and(MEETING.KIND.eq("INITIAL_TAF"))
			.and(MEETING.HELD_ON.isNotNull()));
		Field<Boolean> reviewHeld = field(exists(selectOne().from(REVIEW).where(REVIEW.EPISODE_ID.eq(EPISODE.ID))));
		// The latest review's date for the next one stands, even when it left that date empty.
		Field<LocalDate> latestReviewNextDue = field(select(REVIEW.NEXT_REVIEW_DUE).from(REVIEW)
			.where(REVIEW.EPISODE_ID.eq(EPISODE.ID))
			.orderBy(REVIEW.HELD_ON.desc(), REVIEW.CREATED_AT.desc())
			.limit(1));
		// Brought forward since the latest review was recorded: a review recorded after it sets the next date again.
		Field<LocalDate> broughtForwardTo = field(select(min(REVIEW_BROUGHT_FORWARD.DUE_ON)).from(REVIEW_BROUGHT_FORWARD)
			.where(REVIEW_BROUGHT_FORWARD.EPISODE_ID.eq(EPISODE.ID))
			.andNotExists(selectOne().from(REVIEW)
				.where(REVIEW.EPISODE_ID.eq(EPISODE.ID))
				.and(REVIEW.CREATED_AT.gt(REVIEW_BROUGHT_FORWARD.BROUGHT_AT))));
		var unfinishedActions = PLAN_ACTION.join(OUTCOME).on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID));
		Field<Integer> overdueActions = field(select(count()).from(unfinishedActions)
			.where(OUTCOME.EPISODE_ID.eq(EPISODE.ID))
			.and(PLAN_ACTION.STATUS.in(UNFINISHED))
			.and(PLAN_ACTION.DUE_DATE.lt(today)));
		Field<LocalDate> earliestActionDue = field(select(min(PLAN_ACTION.DUE_DATE)).from(unfinishedActions)
			.where(OUTCOME.EPISODE_ID.eq(EPISODE.ID))
			.and(PLAN_ACTION.STATUS.in(UNFINISHED)));

		Map<UUID, TimescaleFacts> facts = new HashMap<>();
		this.dsl
			.select(EPISODE.ID, ASSESSMENT.STARTED_ON, ASSESSMENT.COMPLETED_ON, initialMeeting, reviewHeld,
					latestReviewNextDue, overdueActions, earliestActionDue, broughtForwardTo)
			.from(EPISODE)
			.leftJoin(ASSESSMENT)
			.on(ASSESSMENT.EPISODE_ID.eq(EPISODE.ID))
			.where(EPISODE.ID.in(episodeIds))
			.forEach(row -> facts.put(row.value1(), new TimescaleFacts(row.value1(), row.value2(), row.value3(),
					row.value4(), Boolean.TRUE.equals(row.value5()), row.value6(),
					(row.value7() != null) ? row.value7() : 0, row.value8(), row.value9())));
		return facts;
	}

}
