package org.hearth.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link ReminderService#queueDue} on its schedule ({@code hearth.reminders.cron}, 07:00 every day in the
 * deployment's time zone by default) on one instance at a time (ShedLock, set up in {@code org.hearth.system}). Should
 * two runs meet all the same, the database's unique key queues each reminder once. Off with
 * {@code hearth.reminders.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "hearth.reminders.enabled", matchIfMissing = true)
class ReminderJob {

	private final ReminderService reminders;

	ReminderJob(ReminderService reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${hearth.reminders.cron:" + ReminderProperties.DAILY + "}", zone = "${hearth.time-zone:Europe/London}")
	@SchedulerLock(name = "reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void daily() {
		this.reminders.queueDue();
	}

}
