package org.hearth.plan;

import java.util.List;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.Mutations;
import org.jspecify.annotations.NonNull;

/** The app's plan screens: the same use cases as GraphQL's plan mutations, through the same service. */
@BrowserCallable
@RolesAllowed({ "PRACTITIONER", "MANAGER", "EARLY_HELP_TEAM", "FAMILY_MEMBER" })
public class PlanEndpoint {

	private final PlanService plans;

	private final CurrentCaller caller;

	PlanEndpoint(PlanService plans, CurrentCaller caller) {
		this.plans = plans;
		this.caller = caller;
	}

	public @NonNull OutcomePayload addOutcome(@NonNull AddOutcomeInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.plans.addOutcome(this.caller.ofSpa(), input),
				outcome -> new OutcomePayload(outcome, List.of()), errors -> new OutcomePayload(null, errors)));
	}

	public @NonNull OutcomePayload updateOutcome(@NonNull UpdateOutcomeInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.plans.updateOutcome(this.caller.ofSpa(), input),
				outcome -> new OutcomePayload(outcome, List.of()), errors -> new OutcomePayload(null, errors)));
	}

	public @NonNull OutcomePayload cancelOutcome(@NonNull CancelOutcomeInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.plans.cancelOutcome(this.caller.ofSpa(), input),
				outcome -> new OutcomePayload(outcome, List.of()), errors -> new OutcomePayload(null, errors)));
	}

	public @NonNull ActionPayload addAction(@NonNull AddActionInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.plans.addAction(this.caller.ofSpa(), input),
				action -> new ActionPayload(action, List.of()), errors -> new ActionPayload(null, errors)));
	}

	public @NonNull ActionPayload updateAction(@NonNull UpdateActionInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.plans.updateAction(this.caller.ofSpa(), input),
				action -> new ActionPayload(action, List.of()), errors -> new ActionPayload(null, errors)));
	}

	public @NonNull ActionPayload updateActionStatus(@NonNull UpdateActionStatusInput input) {
		return AppCalls.refusingPlainly(() -> Mutations.payload(
				() -> this.plans.updateActionStatus(this.caller.ofSpa(), input),
				action -> new ActionPayload(action, List.of()), errors -> new ActionPayload(null, errors)));
	}

}
