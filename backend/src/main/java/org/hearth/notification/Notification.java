package org.hearth.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Something a practitioner was told of, about an episode; unread while {@code readAt} is null. */
public record Notification(UUID id, UUID episodeId, String kind, String message, Instant createdAt,
		@Nullable Instant readAt) {
}
