package org.hearth.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code RecordPersonViewInput}: a column left out (null) stays as it is. */
public record RecordPersonViewInput(UUID episodeId, UUID personId, @Nullable String worries,
		@Nullable String strengths, @Nullable String wishes, @Nullable Boolean isOpinion, @Nullable Integer version,
		@Nullable UUID requestId) {
}
