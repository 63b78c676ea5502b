package org.hearth.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.hearth.access.PractitionerRole;
import org.jspecify.annotations.Nullable;

/** A sign-in account as stored: exactly one of practitioner or person is set. */
record Account(UUID id, String username, String passwordHash, boolean enabled, @Nullable Instant lockedUntil,
		@Nullable UUID practitionerId, @Nullable UUID personId, @Nullable UUID familyId, String displayName,
		Set<PractitionerRole> roles) {

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
