package org.hearth.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code RescheduleMeetingInput} (extension). */
public record RescheduleMeetingInput(UUID meetingId, Instant scheduledFor, int version, @Nullable UUID requestId) {
}
