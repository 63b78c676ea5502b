package org.hearth.reporting;

import static org.hearth.db.jooq.Tables.ASSESSMENT;
import static org.hearth.db.jooq.Tables.ASSESSMENT_NEED;
import static org.hearth.db.jooq.Tables.CLOSURE;
import static org.hearth.db.jooq.Tables.EPISODE;
import static org.hearth.db.jooq.Tables.FAMILY;
import static org.hearth.db.jooq.Tables.NEED_AREA;
import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PERSON_VIEW;
import static org.hearth.db.jooq.Tables.POLICY;
import static org.hearth.db.jooq.Tables.PRACTITIONER;
import static org.hearth.db.jooq.Tables.TEAM_MEMBER;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** What the Supporting Families report reads, a statement per kind of record for all the period's episodes at once. */
@Repository
class ReportingRepository {

	private final DSLContext dsl;

	ReportingRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	int sustainedMonths() {
		return this.dsl.select(POLICY.SUSTAINED_MONTHS).from(POLICY).fetchSingle(POLICY.SUSTAINED_MONTHS);
	}

	/** An episode closed in the period, with its family and its closure. */
	record ClosedEpisode(UUID episodeId, String episodeReference, UUID familyId, String familyReference,
			LocalDate closedOn, String reason) {
	}

	List<ClosedEpisode> closedBetween(LocalDate from, LocalDate to) {
		return this.dsl.select(EPISODE.ID, EPISODE.REFERENCE, FAMILY.ID, FAMILY.REFERENCE, CLOSURE.CLOSED_ON,
				CLOSURE.REASON)
			.from(EPISODE)
			.join(CLOSURE)
			.on(CLOSURE.EPISODE_ID.eq(EPISODE.ID))
			.join(FAMILY)
			.on(FAMILY.ID.eq(EPISODE.FAMILY_ID))
			.where(CLOSURE.CLOSED_ON.between(from, to))
			.orderBy(CLOSURE.CLOSED_ON, EPISODE.REFERENCE)
			.fetch(row -> new ClosedEpisode(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6()));
	}

	/** An episode's assessment as the claim needs it: when completed, whether summed up, how many views. */
	record AssessmentFacts(UUID episodeId, @Nullable LocalDate completedOn, boolean summedUp, int views) {
	}

	Map<UUID, AssessmentFacts> assessments(Collection<UUID> episodeIds) {
		var views = selectCount().from(PERSON_VIEW).where(PERSON_VIEW.ASSESSMENT_ID.eq(ASSESSMENT.ID)).asField("views");
		return this.dsl.select(ASSESSMENT.EPISODE_ID, ASSESSMENT.COMPLETED_ON, ASSESSMENT.SUMMARY, views)
			.from(ASSESSMENT)
			.where(ASSESSMENT.EPISODE_ID.in(episodeIds))
			.fetchMap(ASSESSMENT.EPISODE_ID,
					row -> new AssessmentFacts(row.value1(), row.value2(),
							row.value3() != null && !row.value3().isBlank(), (Integer) row.value4()));
	}

	/** The need area codes each episode's assessment found, in the policy's order. */
	Map<UUID, List<String>> needs(Collection<UUID> episodeIds) {
		return this.dsl.select(ASSESSMENT.EPISODE_ID, ASSESSMENT_NEED.NEED_AREA_CODE)
			.from(ASSESSMENT_NEED)
			.join(ASSESSMENT)
			.on(ASSESSMENT.ID.eq(ASSESSMENT_NEED.ASSESSMENT_ID))
			.join(NEED_AREA)
			.on(NEED_AREA.CODE.eq(ASSESSMENT_NEED.NEED_AREA_CODE))
			.where(ASSESSMENT.EPISODE_ID.in(episodeIds))
			.orderBy(NEED_AREA.POSITION)
			.fetchGroups(ASSESSMENT.EPISODE_ID, ASSESSMENT_NEED.NEED_AREA_CODE);
	}

	/** An outcome of the plan as it stood at closure. */
	record OutcomeFacts(UUID episodeId, String needAreaCode, String description, String status) {
	}

	List<OutcomeFacts> outcomes(Collection<UUID> episodeIds) {
		return this.dsl.select(OUTCOME.EPISODE_ID, OUTCOME.NEED_AREA_CODE, OUTCOME.DESCRIPTION, OUTCOME.STATUS)
			.from(OUTCOME)
			.where(OUTCOME.EPISODE_ID.in(episodeIds))
			.orderBy(OUTCOME.CREATED_AT, OUTCOME.ID)
			.fetch(row -> new OutcomeFacts(row.value1(), row.value2(), row.value3(), row.value4()));
	}

	/** The name of each episode's lead practitioner. */
	Map<UUID, String> leads(Collection<UUID> episodeIds) {
		return this.dsl.select(TEAM_MEMBER.EPISODE_ID, PRACTITIONER.NAME)
			.from(TEAM_MEMBER)
			.join(PRACTITIONER)
			.on(PRACTITIONER.ID.eq(TEAM_MEMBER.PRACTITIONER_ID))
			.where(TEAM_MEMBER.EPISODE_ID.in(episodeIds))
			.and(TEAM_MEMBER.IS_LEAD.isTrue())
			.fetchMap(TEAM_MEMBER.EPISODE_ID, PRACTITIONER.NAME);
	}

	/** An episode of one of these families: which, and the day it opened. */
	record Opened(UUID episodeId, UUID familyId, LocalDate openedOn) {
	}

	List<Opened> episodesOf(Collection<UUID> familyIds) {
		return this.dsl.select(EPISODE.ID, EPISODE.FAMILY_ID, EPISODE.OPENED_ON)
			.from(EPISODE)
			.where(EPISODE.FAMILY_ID.in(familyIds))
			.orderBy(EPISODE.OPENED_ON)
			.fetch(row -> new Opened(row.value1(), row.value2(), row.value3()));
	}

	/** A need an episode's assessment found that none of its outcomes addresses. */
	record Unmet(UUID episodeId, String episodeReference, String status, UUID familyId, String familyReference,
			String needAreaCode) {
	}

	/**
	 * Unmet need in the episodes open at some time in the period (opened by its end, and not closed before it
	 * started), in the policy's order of need areas.
	 */
	List<Unmet> unmetNeed(LocalDate from, LocalDate to) {
		return this.dsl.select(EPISODE.ID, EPISODE.REFERENCE, EPISODE.STATUS, FAMILY.ID, FAMILY.REFERENCE,
				ASSESSMENT_NEED.NEED_AREA_CODE)
			.from(ASSESSMENT_NEED)
			.join(ASSESSMENT)
			.on(ASSESSMENT.ID.eq(ASSESSMENT_NEED.ASSESSMENT_ID))
			.join(EPISODE)
			.on(EPISODE.ID.eq(ASSESSMENT.EPISODE_ID))
			.join(FAMILY)
			.on(FAMILY.ID.eq(EPISODE.FAMILY_ID))
			.join(NEED_AREA)
			.on(NEED_AREA.CODE.eq(ASSESSMENT_NEED.NEED_AREA_CODE))
			.leftJoin(CLOSURE)
			.on(CLOSURE.EPISODE_ID.eq(EPISODE.ID))
			.where(EPISODE.OPENED_ON.le(to))
			.and(CLOSURE.CLOSED_ON.isNull().or(CLOSURE.CLOSED_ON.ge(from)))
			.andNotExists(selectOne().from(OUTCOME)
				.where(OUTCOME.EPISODE_ID.eq(EPISODE.ID))
				.and(OUTCOME.NEED_AREA_CODE.eq(ASSESSMENT_NEED.NEED_AREA_CODE)))
			.orderBy(FAMILY.REFERENCE, EPISODE.REFERENCE, NEED_AREA.POSITION)
			.fetch(row -> new Unmet(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6()));
	}

}
