package org.hearth.family;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A household receiving (or having received) early help. */
public record Family(UUID id, String reference, @Nullable Address address, @Nullable String primaryLanguage,
		boolean interpreterRequired, int version) {
}
