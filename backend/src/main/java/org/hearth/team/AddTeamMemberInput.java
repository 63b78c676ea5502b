package org.hearth.team;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code AddTeamMemberInput}: a practitioner or a family member (exactly one) joining an episode's team. */
public record AddTeamMemberInput(@Nullable UUID id, UUID episodeId, @Nullable UUID practitionerId,
		@Nullable UUID personId, @Nullable String roleDescription, @Nullable Boolean makeLead) {
}
