package org.hearth.delivery;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * A notification Hearth gave up sending (the dead letter): to whom (a practitioner's name, or a family member's),
 * about which episode, what kind, when it was written and when given up, after how many attempts and the last error
 * (addresses removed).
 */
public record DeliveryFailure(@NonNull UUID id, @NonNull String kind, @NonNull String recipient,
		boolean familyMember, @NonNull UUID episodeId, @NonNull String episodeReference, @NonNull Instant createdAt,
		@NonNull Instant failedAt, int attempts, @Nullable String lastError) {
}
