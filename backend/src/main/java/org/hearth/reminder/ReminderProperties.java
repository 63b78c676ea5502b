package org.hearth.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled whether this instance runs the reminder job on its schedule (on every instance by default: ShedLock
 * lets one of them run it at a time, and each reminder is queued once whatever runs it)
 * @param cron when the job runs, a Spring cron expression (second minute hour day month weekday) in the deployment's
 * time zone; 07:00 every day by default
 */
@Validated
@ConfigurationProperties("hearth.reminders")
record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue(ReminderProperties.DAILY) String cron) {

	static final String DAILY = "0 0 7 * * *";

	ReminderProperties {
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("hearth.reminders.cron is not a cron expression: '" + cron + "'");
		}
	}

}
