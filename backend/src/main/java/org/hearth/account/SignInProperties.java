package org.hearth.account;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFailures how many failed sign-ins in a row lock an account
 * @param lockDuration how long the account then stays locked (the sign-in page tells the person how long)
 */
@Validated
@ConfigurationProperties("hearth.sign-in")
record SignInProperties(@DefaultValue("5") @Positive int maxFailures,
		@DefaultValue("15m") @DurationMin(seconds = 1) Duration lockDuration) {
}
