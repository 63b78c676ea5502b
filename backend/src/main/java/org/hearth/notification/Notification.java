package org.hearth.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * Something a practitioner was told of, about an episode; unread while {@code readAt} is null. The explicit
 * {@code @NonNull}s are for Hilla's TypeScript generator.
 */
public record Notification(@NonNull UUID id, @NonNull UUID episodeId, @NonNull String kind, @NonNull String message,
		@NonNull Instant createdAt, @Nullable Instant readAt) {
}
