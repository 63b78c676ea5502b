package org.hearth.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled whether this instance runs the retention job on its schedule (on every instance by default: ShedLock
 * lets one of them run it at a time); off, nothing is ever anonymised
 * @param cron when the job runs, a Spring cron expression (second minute hour day month weekday) in the deployment's
 * time zone; 02:30 every night by default
 */
@Validated
@ConfigurationProperties("hearth.retention")
record RetentionProperties(@DefaultValue("true") boolean enabled, @DefaultValue(RetentionProperties.NIGHTLY) String cron) {

	static final String NIGHTLY = "0 30 2 * * *";

	RetentionProperties {
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("hearth.retention.cron is not a cron expression: '" + cron + "'");
		}
	}

}
