package org.hearth.agency;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * A practitioner found in the directory by name or agency, to add to a team: who they are, their job and their
 * agency. The explicit {@code @NonNull}s are for Hilla's TypeScript generator.
 */
public record PractitionerMatch(@NonNull String practitionerId, @NonNull String name, @Nullable String jobTitle,
		@NonNull String agency) {
}
