package org.hearth.invitation;

import java.util.UUID;

/** Whom to invite, through which episode. */
public record InviteFamilyMemberInput(UUID episodeId, UUID personId) {
}
