package org.hearth.invitation;

import java.util.List;

import org.hearth.graphql.UserError;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code inviteFamilyMember}.
 *
 * @param code the plain code, in this answer only: Hearth keeps nothing it could be read back from
 */
public record InvitationPayload(@Nullable Invitation invitation, @Nullable String code, List<UserError> errors) {

	static InvitationPayload refused(UserError error) {
		return new InvitationPayload(null, null, List.of(error));
	}

}
