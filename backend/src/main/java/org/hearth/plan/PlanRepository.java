package org.hearth.plan;

import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hearth.db.jooq.tables.records.OutcomeRecord;
import org.hearth.db.jooq.tables.records.PlanActionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

	private final DSLContext dsl;

	PlanRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Outcome> outcomesOfEpisodes(Collection<UUID> episodeIds) {
		return this.dsl.selectFrom(OUTCOME)
			.where(OUTCOME.EPISODE_ID.in(episodeIds))
			.orderBy(OUTCOME.CREATED_AT, OUTCOME.ID)
			.fetch(PlanRepository::toOutcome);
	}

	List<Outcome> outcomes(Collection<UUID> ids) {
		return this.dsl.selectFrom(OUTCOME).where(OUTCOME.ID.in(ids)).fetch(PlanRepository::toOutcome);
	}

	List<Action> actionsOfOutcomes(Collection<UUID> outcomeIds) {
		return this.dsl.selectFrom(PLAN_ACTION)
			.where(PLAN_ACTION.OUTCOME_ID.in(outcomeIds))
			.orderBy(PLAN_ACTION.DUE_DATE, PLAN_ACTION.ID)
			.fetch(PlanRepository::toAction);
	}

	Optional<Action> action(UUID id) {
		return this.dsl.selectFrom(PLAN_ACTION).where(PLAN_ACTION.ID.eq(id)).fetchOptional(PlanRepository::toAction);
	}

	private static Outcome toOutcome(OutcomeRecord row) {
		return new Outcome(row.getId(), row.getEpisodeId(), row.getForPersonId(), row.getNeedAreaCode(),
				row.getDescription(), row.getMeasure(), row.getTargetDate(), OutcomeStatus.valueOf(row.getStatus()),
				row.getVersion());
	}

	private static Action toAction(PlanActionRecord row) {
		return new Action(row.getId(), row.getOutcomeId(), row.getDescription(), row.getOwnerMemberId(),
				row.getDueDate(), ActionStatus.valueOf(row.getStatus()), row.getCompletedOn(), row.getVersion());
	}

}
