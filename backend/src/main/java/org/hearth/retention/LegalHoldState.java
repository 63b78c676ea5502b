package org.hearth.retention;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A family and its legal hold, if it has one. */
public record LegalHoldState(UUID familyId, @Nullable LegalHold hold) {
}
