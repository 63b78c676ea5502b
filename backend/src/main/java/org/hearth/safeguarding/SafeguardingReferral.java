package org.hearth.safeguarding;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A referral of a family to children's social care: who decided it, when, why, and social care's reference. */
public record SafeguardingReferral(UUID id, UUID familyId, @Nullable UUID episodeId, UUID decidedById,
		Instant decidedAt, String reason, @Nullable String socialCareReference) {
}
