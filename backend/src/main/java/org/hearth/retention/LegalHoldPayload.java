package org.hearth.retention;

import java.util.List;
import java.util.UUID;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code setLegalHold} and {@code releaseLegalHold}: the family and its hold now (none after a release),
 * or what to put right.
 */
public record LegalHoldPayload(@Nullable UUID familyId, @Nullable LegalHold legalHold, List<UserError> errors) {

	static LegalHoldPayload of(LegalHoldState state) {
		return new LegalHoldPayload(state.familyId(), state.hold(), List.of());
	}

	static LegalHoldPayload refused(List<UserError> errors) {
		return new LegalHoldPayload(null, null, errors);
	}

}
