package org.hearth.retention;

import java.util.List;
import java.util.UUID;

import com.vaadin.hilla.BrowserCallable;
import jakarta.annotation.security.RolesAllowed;
import org.hearth.access.AppCalls;
import org.hearth.access.Caller;
import org.hearth.access.CurrentCaller;
import org.hearth.graphql.Mutations;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The app's "Records and retention" screen and the family page's legal hold, for the Early Help team only: the same
 * service and rules as GraphQL's {@code retentionPolicy}, {@code retentionRuns}, {@code setLegalHold} and
 * {@code releaseLegalHold}.
 */
@BrowserCallable
@RolesAllowed("EARLY_HELP_TEAM")
public class RetentionEndpoint {

	/** How many runs the screen shows. */
	private static final int LATEST_RUNS = 10;

	private final RetentionService retention;

	private final CurrentCaller caller;

	RetentionEndpoint(RetentionService retention, CurrentCaller caller) {
		this.retention = retention;
		this.caller = caller;
	}

	/** The policy, the latest runs and every family under a legal hold. */
	public @NonNull RetentionOverview overview() {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> new RetentionOverview(this.retention.policy(caller),
				List.copyOf(this.retention.runs(caller, LATEST_RUNS, null, false).window().getContent()),
				this.retention.heldFamilies(caller)));
	}

	/** The family's legal hold, or null when it has none. */
	public @Nullable HeldFamily familyHold(@NonNull UUID familyId) {
		return AppCalls.refusingPlainly(() -> this.retention.heldFamily(this.caller.ofSpa(), familyId).orElse(null));
	}

	public @NonNull LegalHoldAnswer setLegalHold(@NonNull SetLegalHoldInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> Mutations.payload(() -> this.retention.setLegalHold(caller, input),
				state -> new LegalHoldAnswer(this.retention.heldFamily(caller, state.familyId()).orElse(null), List.of()),
				errors -> new LegalHoldAnswer(null, errors)));
	}

	public @NonNull LegalHoldAnswer releaseLegalHold(@NonNull ReleaseLegalHoldInput input) {
		Caller caller = this.caller.ofSpa();
		return AppCalls.refusingPlainly(() -> Mutations.payload(() -> this.retention.releaseLegalHold(caller, input),
				state -> new LegalHoldAnswer(null, List.of()), errors -> new LegalHoldAnswer(null, errors)));
	}

}
