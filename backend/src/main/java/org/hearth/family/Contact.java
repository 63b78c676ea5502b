package org.hearth.family;

import java.util.UUID;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * How Hearth itself may contact a family member (reminders by e-mail or text): the e-mail address and UK phone number
 * the team recorded, and whether the person agreed to be contacted. Nobody is contacted without both an agreement and
 * one of the two. The explicit {@code @NonNull}s are for Hilla's TypeScript generator.
 */
public record Contact(@NonNull UUID personId, @Nullable String email, @Nullable String phone,
		boolean agreedToBeContacted) {
}
