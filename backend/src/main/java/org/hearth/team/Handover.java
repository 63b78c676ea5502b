package org.hearth.team;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The lead passed from one team member to another. */
public record Handover(UUID id, UUID episodeId, UUID fromMemberId, UUID toMemberId, LocalDate handedOverOn,
		boolean familyConsulted, @Nullable String notes) {
}
