package org.hearth.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** GraphQL {@code NewFamilyInput}: a family to create with its first members. */
public record NewFamilyInput(@Nullable Address address, @Nullable String primaryLanguage,
		@Nullable Boolean interpreterRequired, List<NewPerson> members) {

	/** GraphQL {@code NewPersonInput}. */
	public record NewPerson(@Nullable UUID id, String givenName, String familyName, @Nullable LocalDate dateOfBirth,
			@Nullable LocalDate expectedDateOfBirth, PersonRole role, boolean livesInHousehold,
			boolean hasParentalResponsibility) {
	}

}
