package org.hearth.system;

import org.jspecify.annotations.Nullable;

/** What a person typed into a free-text field, as Hearth keeps it. */
public final class Texts {

	private Texts() {
	}

	/** Without surrounding spaces; nothing at all (null) when only spaces were typed. */
	public static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
