package org.hearth.assessment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code RecordChildVoiceInput}: a part left out (null) stays as it is. */
public record RecordChildVoiceInput(UUID episodeId, UUID childId, @Nullable String worries,
		@Nullable String goodThings, @Nullable String dreams, @Nullable Integer version, @Nullable UUID requestId) {
}
