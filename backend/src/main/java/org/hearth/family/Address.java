package org.hearth.family;

import org.jspecify.annotations.Nullable;

/** Where a family lives. */
public record Address(@Nullable String line1, @Nullable String line2, @Nullable String town,
		@Nullable String postcode) {

	static @Nullable Address of(@Nullable String line1, @Nullable String line2, @Nullable String town,
			@Nullable String postcode) {
		if (line1 == null && line2 == null && town == null && postcode == null) {
			return null;
		}
		return new Address(line1, line2, town, postcode);
	}

}
