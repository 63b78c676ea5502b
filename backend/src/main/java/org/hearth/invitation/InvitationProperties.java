package org.hearth.invitation;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param validFor how long a code can be used after it was made (default 7 days)
 * @param maxFailedAttempts how many wrong codes one client address may try within {@code attemptWindow} before it
 * is told to wait (default 10)
 * @param attemptWindow the period over which wrong codes are counted (default 15 minutes)
 */
@ConfigurationProperties("hearth.invitations")
record InvitationProperties(@Nullable Duration validFor, @Nullable Integer maxFailedAttempts,
		@Nullable Duration attemptWindow) {

	Duration validity() {
		return (this.validFor != null && this.validFor.isPositive()) ? this.validFor : Duration.ofDays(7);
	}

	int failedAttemptsAllowed() {
		return (this.maxFailedAttempts != null && this.maxFailedAttempts > 0) ? this.maxFailedAttempts : 10;
	}

	Duration window() {
		return (this.attemptWindow != null && this.attemptWindow.isPositive()) ? this.attemptWindow
				: Duration.ofMinutes(15);
	}

}
