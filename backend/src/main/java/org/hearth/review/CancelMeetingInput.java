package org.hearth.review;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code CancelMeetingInput} (extension). */
public record CancelMeetingInput(UUID meetingId, String reason, int version, @Nullable UUID requestId) {
}
