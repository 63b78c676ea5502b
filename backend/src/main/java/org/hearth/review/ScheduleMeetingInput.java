package org.hearth.review;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code ScheduleMeetingInput}. */
public record ScheduleMeetingInput(@Nullable UUID id, UUID episodeId, MeetingKind kind, Instant scheduledFor) {
}
