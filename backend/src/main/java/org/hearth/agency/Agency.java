package org.hearth.agency;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An organisation whose practitioners join teams around families, or whose systems call the API.
 *
 * @param phone its office's number, for a family whose practitioner is away
 */
public record Agency(UUID id, String name, AgencyKind kind, @Nullable String phone) {
}
