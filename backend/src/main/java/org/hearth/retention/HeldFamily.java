package org.hearth.retention;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * A family under a legal hold, as the app's retention screen lists it: the family, its latest episode (the family
 * page's address), why it is held, who set the hold and when.
 */
public record HeldFamily(@NonNull UUID familyId, @NonNull String familyReference, @Nullable UUID latestEpisodeId,
		@NonNull String reason, @NonNull String setByName, @NonNull Instant setAt) {
}
