package org.hearth.notification;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When the notification backlog (see {@link NotificationBacklog}) makes an instance not ready.
 *
 * @param backlogWarning above this many undelivered notifications older than {@code backlogAge}, the
 * {@code notificationBacklog} health indicator says OUT_OF_SERVICE
 * @param backlogAge how old an undelivered notification must be to count as backlog
 * @param backlogRefresh how long one count is reused (by readiness probes and metrics scrapes alike) before the
 * database is asked again
 */
@Validated
@ConfigurationProperties("hearth.notifications")
record NotificationBacklogProperties(@DefaultValue("500") @Positive int backlogWarning,
		@DefaultValue("1h") @DurationMin(seconds = 1) Duration backlogAge,
		@DefaultValue("10s") Duration backlogRefresh) {
}
