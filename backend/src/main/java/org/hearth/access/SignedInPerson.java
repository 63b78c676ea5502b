package org.hearth.access;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The person a session belongs to, as far as deciding the caller needs: a practitioner, or a family member of a family.
 * The session's principal (the account package's {@code HearthUser}) is one.
 */
public interface SignedInPerson {

	@Nullable UUID practitionerId();

	@Nullable UUID personId();

	@Nullable UUID familyId();

	String displayName();

}
