package org.hearth.retention;

import java.time.Instant;
import java.util.UUID;

/** A family's legal hold (GraphQL {@code LegalHold}): why, who set it and when. */
public record LegalHold(UUID familyId, String reason, UUID setById, Instant setAt) {
}
