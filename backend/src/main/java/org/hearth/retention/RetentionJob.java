package org.hearth.retention;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link RetentionService#run} on its schedule ({@code hearth.retention.cron}, 02:30 every night in the
 * deployment's time zone by default) on one instance at a time: ShedLock takes a lock in the {@code shedlock} table,
 * timed by the database's clock, and an instance that finds it taken skips that night's run. Off with
 * {@code hearth.retention.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "hearth.retention.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT2H")
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

	@Bean
	static LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
