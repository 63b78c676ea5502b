package org.hearth.plan;

import static org.hearth.db.jooq.Tables.OUTCOME;
import static org.hearth.db.jooq.Tables.PLAN_ACTION;
import static org.jooq.impl.DSL.choose;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hearth.db.jooq.tables.records.OutcomeRecord;
import org.hearth.db.jooq.tables.records.PlanActionRecord;
import org.hearth.system.StaleVersionException;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

	/** Actions still to do: cancelled with their outcome or episode. */
	private static final List<String> UNFINISHED = List.of(ActionStatus.NOT_STARTED.name(),
			ActionStatus.IN_PROGRESS.name());

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

	/** An action with the episode it belongs to. */
	record OwnedAction(Action action, UUID episodeId) {
	}

	Optional<OwnedAction> ownedAction(UUID id) {
		return this.dsl.select(PLAN_ACTION.fields())
			.select(OUTCOME.EPISODE_ID)
			.from(PLAN_ACTION)
			.join(OUTCOME)
			.on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID))
			.where(PLAN_ACTION.ID.eq(id))
			.fetchOptional(row -> new OwnedAction(toAction(row.into(PLAN_ACTION)), row.get(OUTCOME.EPISODE_ID)));
	}

	/**
	 * Sets the status (and the date it was done, or none) and moves the version on.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the action since it was read
	 */
	int updateStatus(Action action, ActionStatus status, @Nullable LocalDate completedOn) {
		int updated = this.dsl.update(PLAN_ACTION)
			.set(PLAN_ACTION.STATUS, status.name())
			.set(PLAN_ACTION.COMPLETED_ON, completedOn)
			.set(PLAN_ACTION.VERSION, action.version() + 1)
			.where(PLAN_ACTION.ID.eq(action.id()))
			.and(PLAN_ACTION.VERSION.eq(action.version()))
			.execute();
		if (updated != 1) {
			throw new StaleVersionException("The action");
		}
		return action.version() + 1;
	}

	/**
	 * Sets what the action says and when it is due, and moves the version on.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the action since it was read
	 */
	int updateDetails(Action action, String description, LocalDate dueDate) {
		int updated = this.dsl.update(PLAN_ACTION)
			.set(PLAN_ACTION.DESCRIPTION, description)
			.set(PLAN_ACTION.DUE_DATE, dueDate)
			.set(PLAN_ACTION.VERSION, action.version() + 1)
			.where(PLAN_ACTION.ID.eq(action.id()))
			.and(PLAN_ACTION.VERSION.eq(action.version()))
			.execute();
		if (updated != 1) {
			throw new StaleVersionException("The action");
		}
		return action.version() + 1;
	}

	void insert(Outcome outcome, Instant createdAt) {
		this.dsl.insertInto(OUTCOME)
			.set(OUTCOME.ID, outcome.id())
			.set(OUTCOME.EPISODE_ID, outcome.episodeId())
			.set(OUTCOME.FOR_PERSON_ID, outcome.forPersonId())
			.set(OUTCOME.NEED_AREA_CODE, outcome.needAreaCode())
			.set(OUTCOME.DESCRIPTION, outcome.description())
			.set(OUTCOME.MEASURE, outcome.measure())
			.set(OUTCOME.TARGET_DATE, outcome.targetDate())
			.set(OUTCOME.STATUS, outcome.status().name())
			.set(OUTCOME.CREATED_AT, createdAt)
			.execute();
	}

	void insert(Action action, Instant createdAt) {
		this.dsl.insertInto(PLAN_ACTION)
			.set(PLAN_ACTION.ID, action.id())
			.set(PLAN_ACTION.OUTCOME_ID, action.outcomeId())
			.set(PLAN_ACTION.DESCRIPTION, action.description())
			.set(PLAN_ACTION.OWNER_MEMBER_ID, action.ownerMemberId())
			.set(PLAN_ACTION.DUE_DATE, action.dueDate())
			.set(PLAN_ACTION.STATUS, action.status().name())
			.set(PLAN_ACTION.CREATED_AT, createdAt)
			.execute();
	}

	private static Action toAction(PlanActionRecord row) {
		return new Action(row.getId(), row.getOutcomeId(), row.getDescription(), row.getOwnerMemberId(),
				row.getDueDate(), ActionStatus.valueOf(row.getStatus()), row.getCompletedOn(), row.getVersion());
	}

	boolean hasLiveAction(UUID episodeId) {
		return this.dsl.fetchExists(selectOne().from(PLAN_ACTION)
			.join(OUTCOME)
			.on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID))
			.where(OUTCOME.EPISODE_ID.eq(episodeId))
			.and(PLAN_ACTION.STATUS.ne(ActionStatus.CANCELLED.name())));
	}

	/** Each outcome's new status, in one statement, moving each version on. */
	void setOutcomeStatuses(Map<UUID, OutcomeStatus> statuses) {
		var status = choose(OUTCOME.ID).mapValues(statuses.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name())));
		this.dsl.update(OUTCOME)
			.set(OUTCOME.STATUS, status)
			.set(OUTCOME.VERSION, OUTCOME.VERSION.plus(1))
			.where(OUTCOME.ID.in(statuses.keySet()))
			.execute();
	}

	List<Action> unfinishedActions(UUID episodeId) {
		return this.dsl.select(PLAN_ACTION.fields())
			.from(PLAN_ACTION)
			.join(OUTCOME)
			.on(OUTCOME.ID.eq(PLAN_ACTION.OUTCOME_ID))
			.where(OUTCOME.EPISODE_ID.eq(episodeId))
			.and(PLAN_ACTION.STATUS.in(UNFINISHED))
			.fetch(row -> toAction(row.into(PLAN_ACTION)));
	}

	List<Action> unfinishedActionsOfOutcome(UUID outcomeId) {
		return this.dsl.selectFrom(PLAN_ACTION)
			.where(PLAN_ACTION.OUTCOME_ID.eq(outcomeId))
			.and(PLAN_ACTION.STATUS.in(UNFINISHED))
			.fetch(PlanRepository::toAction);
	}

	/**
	 * Changes what an outcome says, how it is measured and its target date.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the outcome since it was read
	 */
	int updateDetails(Outcome outcome, String description, String measure, LocalDate targetDate) {
		return moveVersionOn(outcome, this.dsl.update(OUTCOME)
			.set(OUTCOME.DESCRIPTION, description)
			.set(OUTCOME.MEASURE, measure)
			.set(OUTCOME.TARGET_DATE, targetDate));
	}

	/**
	 * Sets one outcome's status.
	 * @return the new version
	 * @throws StaleVersionException when someone changed the outcome since it was read
	 */
	int updateStatus(Outcome outcome, OutcomeStatus status) {
		return moveVersionOn(outcome, this.dsl.update(OUTCOME).set(OUTCOME.STATUS, status.name()));
	}

	private int moveVersionOn(Outcome outcome, UpdateSetMoreStep<OutcomeRecord> update) {
		int updated = update.set(OUTCOME.VERSION, outcome.version() + 1)
			.where(OUTCOME.ID.eq(outcome.id()))
			.and(OUTCOME.VERSION.eq(outcome.version()))
			.execute();
		if (updated != 1) {
			throw new StaleVersionException("The outcome");
		}
		return outcome.version() + 1;
	}

	void cancel(Collection<UUID> actionIds) {
		this.dsl.update(PLAN_ACTION)
			.set(PLAN_ACTION.STATUS, ActionStatus.CANCELLED.name())
			.set(PLAN_ACTION.VERSION, PLAN_ACTION.VERSION.plus(1))
			.where(PLAN_ACTION.ID.in(actionIds))
			.execute();
	}

}
