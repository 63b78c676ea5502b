package org.hearth.safeguarding;

import java.util.UUID;

import org.hearth.family.NewFamilyInput;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code RecordSafeguardingReferralInput} (extension): for a family Hearth knows ({@code familyId}) or a new
 * one ({@code newFamily}), exactly one of the two.
 */
public record RecordSafeguardingReferralInput(@Nullable UUID id, @Nullable UUID familyId,
		@Nullable NewFamilyInput newFamily, @Nullable UUID episodeId, String reason,
		@Nullable String socialCareReference) {
}
