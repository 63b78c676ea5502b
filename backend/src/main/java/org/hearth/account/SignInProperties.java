package org.hearth.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailures how many failed sign-ins in a row lock an account (default 5)
 * @param lockDuration how long the account then stays locked (default 15 minutes)
 */
@ConfigurationProperties("hearth.sign-in")
record SignInProperties(@Nullable Integer maxFailures, @Nullable Duration lockDuration) {

	int failuresBeforeLock() {
		return (this.maxFailures != null && this.maxFailures > 0) ? this.maxFailures : 5;
	}

	Duration lockPeriod() {
		return (this.lockDuration != null && this.lockDuration.isPositive()) ? this.lockDuration
				: Duration.ofMinutes(15);
	}

}
