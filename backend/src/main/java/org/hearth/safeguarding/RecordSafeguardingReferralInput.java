package org.hearth.safeguarding;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code RecordSafeguardingReferralInput} (extension). */
public record RecordSafeguardingReferralInput(@Nullable UUID id, UUID familyId, @Nullable UUID episodeId,
		String reason, @Nullable String socialCareReference) {
}
