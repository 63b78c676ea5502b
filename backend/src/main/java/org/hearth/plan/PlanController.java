package org.hearth.plan;

import java.util.List;
import java.util.Map;

import org.hearth.access.CurrentCaller;
import org.hearth.episode.Episode;
import org.hearth.family.FamilyService;
import org.hearth.family.Person;
import org.hearth.graphql.BatchResults;
import org.hearth.graphql.Mutations;
import org.hearth.policy.NeedArea;
import org.hearth.policy.PolicyService;
import org.hearth.team.TeamMember;
import org.hearth.team.TeamService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PlanController {

	private final PlanService plans;

	private final FamilyService families;

	private final PolicyService policies;

	private final TeamService teams;

	private final CurrentCaller caller;

	PlanController(PlanService plans, FamilyService families, PolicyService policies, TeamService teams,
			CurrentCaller caller) {
		this.plans = plans;
		this.families = families;
		this.policies = policies;
		this.teams = teams;
		this.caller = caller;
	}

	@MutationMapping
	OutcomePayload addOutcome(@Argument AddOutcomeInput input) {
		return Mutations.payload(() -> this.plans.addOutcome(this.caller.ofGraphQl(), input),
				outcome -> new OutcomePayload(outcome, List.of()), errors -> new OutcomePayload(null, errors));
	}

	@MutationMapping
	OutcomePayload updateOutcome(@Argument UpdateOutcomeInput input) {
		return Mutations.payload(() -> this.plans.updateOutcome(this.caller.ofGraphQl(), input),
				outcome -> new OutcomePayload(outcome, List.of()), errors -> new OutcomePayload(null, errors));
	}

	@MutationMapping
	OutcomePayload cancelOutcome(@Argument CancelOutcomeInput input) {
		return Mutations.payload(() -> this.plans.cancelOutcome(this.caller.ofGraphQl(), input),
				outcome -> new OutcomePayload(outcome, List.of()), errors -> new OutcomePayload(null, errors));
	}

	@MutationMapping
	ActionPayload addAction(@Argument AddActionInput input) {
		return Mutations.payload(() -> this.plans.addAction(this.caller.ofGraphQl(), input),
				action -> new ActionPayload(action, List.of()), errors -> new ActionPayload(null, errors));
	}

	@MutationMapping
	ActionPayload updateAction(@Argument UpdateActionInput input) {
		return Mutations.payload(() -> this.plans.updateAction(this.caller.ofGraphQl(), input),
				action -> new ActionPayload(action, List.of()), errors -> new ActionPayload(null, errors));
	}

	@MutationMapping
	ActionPayload updateActionStatus(@Argument UpdateActionStatusInput input) {
		return Mutations.payload(() -> this.plans.updateActionStatus(this.caller.ofGraphQl(), input),
				action -> new ActionPayload(action, List.of()), errors -> new ActionPayload(null, errors));
	}

	@BatchMapping(typeName = "Episode")
	Map<Episode, List<Outcome>> outcomes(List<Episode> episodes) {
		return BatchResults.many(episodes, Episode::id,
				this.plans.outcomesOfEpisodes(this.caller.ofGraphQl(), BatchResults.keys(episodes, Episode::id)),
				Outcome::episodeId);
	}

	@BatchMapping
	Map<Outcome, Person> forPerson(List<Outcome> outcomes) {
		return BatchResults.one(outcomes, Outcome::forPersonId,
				this.families.people(BatchResults.keys(outcomes, Outcome::forPersonId)), Person::id);
	}

	@BatchMapping
	Map<Outcome, NeedArea> needArea(List<Outcome> outcomes) {
		return BatchResults.one(outcomes, Outcome::needAreaCode,
				this.policies.needAreas(BatchResults.keys(outcomes, Outcome::needAreaCode)), NeedArea::code);
	}

	@BatchMapping
	Map<Outcome, List<Action>> actions(List<Outcome> outcomes) {
		return BatchResults.many(outcomes, Outcome::id,
				this.plans.actionsOfOutcomes(BatchResults.keys(outcomes, Outcome::id)), Action::outcomeId);
	}

	@BatchMapping
	Map<Action, Outcome> outcome(List<Action> actions) {
		return BatchResults.one(actions, Action::outcomeId,
				this.plans.outcomes(BatchResults.keys(actions, Action::outcomeId)), Outcome::id);
	}

	@BatchMapping
	Map<Action, TeamMember> owner(List<Action> actions) {
		return BatchResults.one(actions, Action::ownerMemberId,
				this.teams.members(BatchResults.keys(actions, Action::ownerMemberId)), TeamMember::id);
	}

	@SchemaMapping
	boolean overdue(Action action) {
		return this.plans.isOverdue(action);
	}

}
