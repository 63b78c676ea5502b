package org.hearth.agency;

import java.util.UUID;

/** An organisation whose practitioners join teams around families, or whose systems call the API. */
public record Agency(UUID id, String name, AgencyKind kind) {
}
