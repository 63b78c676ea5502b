package org.hearth.team;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A practitioner or family member on an episode's team; exactly one of the two ids is set. */
public record TeamMember(UUID id, UUID episodeId, @Nullable UUID practitionerId, @Nullable UUID personId,
		@Nullable String roleDescription, boolean isLead, LocalDate joinedOn, @Nullable LocalDate leftOn) {
}
