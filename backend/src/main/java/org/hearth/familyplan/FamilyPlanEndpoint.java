package org.hearth.familyplan;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.jspecify.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;

/** The family's own view of their plan, for a parent, carer or young person signed in to the app. */
@BrowserCallable
@RolesAllowed("FAMILY_MEMBER")
public class FamilyPlanEndpoint {

	private final FamilyPlanService plans;

	private final CurrentCaller caller;

	FamilyPlanEndpoint(FamilyPlanService plans, CurrentCaller caller) {
		this.plans = plans;
		this.caller = caller;
	}

	/** The signed-in family member's family's plan: the one open now, or else the last one closed. */
	public @NonNull FamilyPlan myPlan() {
		return AppCalls.refusingPlainly(() -> {
			if (!(this.caller.ofSpa() instanceof Caller.FamilyMemberCaller member)) {
				throw new AccessDeniedException("Only a family member has a plan of their own.");
			}
			return this.plans.myPlan(member);
		});
	}

}
