package org.hearth.episode;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.HANDOVER;
import static org.hearth.db.jooq.Tables.MEETING;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.hearth.db.jooq.Tables.REVIEW;
import static org.hearth.db.jooq.Tables.REVIEW_BROUGHT_FORWARD;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
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
		Map<UUID, TimescaleFacts> facts = new HashMap<>();
		this.dsl.select(factFields(today))
			.from(EPISODE)
			.leftJoin(ASSESSMENT)
			.on(ASSESSMENT.EPISODE_ID.eq(EPISODE.ID))
			.where(EPISODE.ID.in(episodeIds))
			.forEach(row -> facts.put(row.get(EPISODE.ID), factsOf(row)));
		return facts;
	}

	/**
	 * Every open episode led now by one of these practitioners (or every open episode when null), with its lead, and
	 * whether the Early Help team has allocated it (a handover from the practitioner who asked), for counting: one
	 * statement whatever their number.
	 */
	List<OpenEpisodeFacts> openFacts(@Nullable Collection<UUID> leadPractitionerIds, LocalDate today) {
		Field<Boolean> handedOver = field(exists(selectOne().from(HANDOVER).where(HANDOVER.EPISODE_ID.eq(EPISODE.ID))));
		var lead = TEAM_MEMBER.as("lead");
		Condition led = (leadPractitionerIds != null) ? lead.PRACTITIONER_ID.in(leadPractitionerIds) : DSL.noCondition();
		return this.dsl.select(factFields(today))
			.select(EPISODE.STATUS, EPISODE.OPENED_ON, lead.PRACTITIONER_ID, handedOver)
			.from(EPISODE)
			.leftJoin(ASSESSMENT)
			.on(ASSESSMENT.EPISODE_ID.eq(EPISODE.ID))
			.leftJoin(lead)
			.on(lead.LEAD_OF_EPISODE.eq(EPISODE.ID))
			.where(EPISODE.STATUS.ne(EpisodeStatus.CLOSED.name()))
			.and(led)
			.fetch(row -> new OpenEpisodeFacts(EpisodeStatus.valueOf(row.get(EPISODE.STATUS)),
					row.get(EPISODE.OPENED_ON), row.get(lead.PRACTITIONER_ID), Boolean.TRUE.equals(row.get(handedOver)),
					factsOf(row)));
	}

	/**
	 * Every episode open at some time between these days (opened by {@code to}, not closed before {@code from}) and
	 * led by one of these practitioners (any, when null), with its timescale facts, when it closed, and each review's
	 * day and the next review day it set, oldest first: two statements whatever their number.
	 */
	List<ComplianceFacts> complianceFacts(@Nullable Collection<UUID> leadPractitionerIds, LocalDate from, LocalDate to) {
		var lead = TEAM_MEMBER.as("lead");
		Condition inPeriod = EPISODE.OPENED_ON.le(to)
			.and(CLOSURE.CLOSED_ON.isNull().or(CLOSURE.CLOSED_ON.ge(from)))
			.and((leadPractitionerIds != null) ? lead.PRACTITIONER_ID.in(leadPractitionerIds) : DSL.noCondition());
		var episodes = EPISODE.leftJoin(ASSESSMENT)
			.on(ASSESSMENT.EPISODE_ID.eq(EPISODE.ID))
			.leftJoin(CLOSURE)
			.on(CLOSURE.EPISODE_ID.eq(EPISODE.ID))
			.leftJoin(lead)
			.on(lead.LEAD_OF_EPISODE.eq(EPISODE.ID));
		Map<UUID, List<ReviewDates>> reviews = new HashMap<>();
		this.dsl.select(REVIEW.EPISODE_ID, REVIEW.HELD_ON, REVIEW.NEXT_REVIEW_DUE)
			.from(REVIEW)
			.where(REVIEW.EPISODE_ID.in(select(EPISODE.ID).from(episodes).where(inPeriod)))
			.orderBy(REVIEW.HELD_ON, REVIEW.CREATED_AT)
			.forEach(row -> reviews.computeIfAbsent(row.value1(), episode -> new ArrayList<>())
				.add(new ReviewDates(row.value2(), row.value3())));
		return this.dsl.select(factFields(to))
			.select(EPISODE.OPENED_ON, CLOSURE.CLOSED_ON, lead.PRACTITIONER_ID)
			.from(episodes)
			.where(inPeriod)
			.fetch(row -> new ComplianceFacts(row.get(EPISODE.OPENED_ON), row.get(CLOSURE.CLOSED_ON),
					row.get(lead.PRACTITIONER_ID), factsOf(row),
					reviews.getOrDefault(row.get(EPISODE.ID), List.of())));
	}

	/** A review's day and the day it set for the next one (null: none set). */
	record ReviewDates(LocalDate heldOn, @Nullable LocalDate nextReviewDue) {
	}

	/** What timescale compliance is worked out from, for one episode. */
	record ComplianceFacts(LocalDate openedOn, @Nullable LocalDate closedOn, @Nullable UUID leadPractitionerId,
			TimescaleFacts facts, List<ReviewDates> reviews) {
	}

	/** An open episode's facts for counting, with its status, lead (null: none) and whether it was handed over. */
	record OpenEpisodeFacts(EpisodeStatus status, LocalDate openedOn, @Nullable UUID leadPractitionerId,
			boolean handedOver, TimescaleFacts facts) {
	}

	/**
	 * The dates timescales depend on, in the order {@link #factsOf} reads them: each a subquery reading only its
	 * episode's rows through an index.
	 */
	private static List<SelectField<?>> factFields(LocalDate today) {
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
		return List.of(EPISODE.ID, ASSESSMENT.STARTED_ON, ASSESSMENT.COMPLETED_ON, initialMeeting, reviewHeld,
				latestReviewNextDue, overdueActions, earliestActionDue, broughtForwardTo);
	}

	/** The facts of a row whose first fields are {@link #factFields}. */
	private static TimescaleFacts factsOf(Record row) {
		Integer overdue = row.get(6, Integer.class);
		return new TimescaleFacts(row.get(EPISODE.ID), row.get(ASSESSMENT.STARTED_ON), row.get(ASSESSMENT.COMPLETED_ON),
				row.get(3, LocalDate.class), Boolean.TRUE.equals(row.get(4, Boolean.class)), row.get(5, LocalDate.class),
				(overdue != null) ? overdue : 0, row.get(7, LocalDate.class), row.get(8, LocalDate.class));
	}

}
