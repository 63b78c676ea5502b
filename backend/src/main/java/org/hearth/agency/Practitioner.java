package org.hearth.agency;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A professional working with families, employed by one agency. */
public record Practitioner(UUID id, String name, @Nullable String jobTitle, UUID agencyId, @Nullable String email,
		@Nullable String phone) {
}
