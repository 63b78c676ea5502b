package org.hearth.consent;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One recorded consent decision by a family member, taken down by a practitioner.
 *
 * @param recordedById the practitioner who took it down; null when the family member withdrew it themselves in their
 * own app
 * @param signed whether the family member's signature, drawn on the practitioner's tablet, is kept with it
 */
public record Consent(UUID id, UUID episodeId, ConsentScope scope, ConsentDecision decision, UUID givenById,
		@Nullable UUID recordedById, Instant recordedAt, ConsentMethod method, @Nullable String notes, boolean signed) {
}
