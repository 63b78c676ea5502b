package org.hearth.invitation;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param validFor how long a code can be used after it was made
 * @param maxFailedAttempts how many wrong codes one client address may try within {@code attemptWindow} before it
 * is told to wait
 * @param attemptWindow the period over which wrong codes are counted
 */
@Validated
@ConfigurationProperties("hearth.invitations")
record InvitationProperties(@DefaultValue("7d") @DurationMin(minutes = 1) Duration validFor,
		@DefaultValue("10") @Positive int maxFailedAttempts,
		@DefaultValue("15m") @DurationMin(minutes = 1) Duration attemptWindow) {
}
