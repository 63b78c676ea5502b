package org.hearth.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link RetentionService#run} on its schedule ({@code hearth.retention.cron}, 02:30 every night in the
 * deployment's time zone by default) on one instance at a time: ShedLock takes a lock in the {@code shedlock} table,
 * timed by the database's clock, and an instance that finds it taken skips that night's run (the lock and scheduling
 * are set up in {@code org.hearth.system.Scheduling}, shared with the other jobs). Off with
 * {@code hearth.retention.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "hearth.retention.enabled", matchIfMissing = true)
class RetentionJob {

	private final RetentionService retention;

	RetentionJob(RetentionService retention) {
		this.retention = retention;
	}

	/** The lock a run holds: at most two hours (should an instance die holding it), at least a minute. */
	@Scheduled(cron = "${hearth.retention.cron:" + RetentionProperties.NIGHTLY + "}", zone = "${hearth.time-zone:Europe/London}")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	void nightly() {
		this.retention.run();
	}

}
