package org.hearth.family;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A member of a family. An unborn child has an expected date of birth instead of a date of birth. */
public record Person(UUID id, UUID familyId, String givenName, String familyName, @Nullable LocalDate dateOfBirth,
		@Nullable LocalDate expectedDateOfBirth, PersonRole role, boolean livesInHousehold,
		boolean hasParentalResponsibility, int version) {
}
