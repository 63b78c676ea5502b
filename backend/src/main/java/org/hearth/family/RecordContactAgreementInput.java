package org.hearth.family;

import java.util.UUID;

import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code RecordContactAgreementInput}: a family member's e-mail address and phone number (either may be left
 * out) and whether they agreed to be contacted by Hearth, over the person's version as last read.
 */
public record RecordContactAgreementInput(@NonNull UUID personId, int version, @Nullable String email,
		@Nullable String phone, boolean agreedToBeContacted, @Nullable UUID requestId) {
}
