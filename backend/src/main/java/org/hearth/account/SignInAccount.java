package org.hearth.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the lockout rule needs to know about an account, read under a row lock. */
record SignInAccount(UUID id, String username, int failedSignIns, @Nullable Instant lockedUntil,
		@Nullable UUID practitionerId, @Nullable UUID personId) {
}
