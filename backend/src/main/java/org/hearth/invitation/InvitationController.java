package org.hearth.invitation;

import org.hearth.access.CurrentCaller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class InvitationController {

	private final InvitationService invitations;

	private final CurrentCaller caller;

	InvitationController(InvitationService invitations, CurrentCaller caller) {
		this.invitations = invitations;
		this.caller = caller;
	}

	@MutationMapping
	InvitationPayload inviteFamilyMember(@Argument InviteFamilyMemberInput input) {
		return this.invitations.invite(this.caller.ofGraphQl(), input);
	}

}
