package org.hearth.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The retention settings bind with their defaults, a schedule that is no cron expression stops the start, saying
 * which, and {@code hearth.retention.enabled=false} leaves the nightly job out.
 */
class RetentionPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

	@Test
	void unset_settings_take_the_documented_defaults() {
		this.context.run(started -> assertThat(started.getBean(RetentionProperties.class))
			.isEqualTo(new RetentionProperties(true, "0 30 2 * * *")));
	}

	@Test
	void a_schedule_that_is_no_cron_expression_stops_the_start() {
		this.context.withPropertyValues("hearth.retention.cron=every night")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("hearth.retention.cron"));
	}

	@Test
	void the_job_is_scheduled_unless_switched_off() {
		ApplicationContextRunner withJob = this.context.withUserConfiguration(RetentionJob.class)
			.withBean(RetentionService.class, () -> mock(RetentionService.class))
			.withBean(DataSource.class, () -> mock(DataSource.class));
		withJob.run(started -> assertThat(started).hasSingleBean(RetentionJob.class));
		withJob.withPropertyValues("hearth.retention.enabled=false")
			.run(started -> assertThat(started).doesNotHaveBean(RetentionJob.class));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RetentionProperties.class)
	static class Settings {

	}

}
