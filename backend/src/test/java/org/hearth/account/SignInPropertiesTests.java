package org.hearth.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The sign-in settings bind with their defaults, and a value that makes no sense stops the start, saying which. */
class SignInPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class);

	@Test
	void unset_settings_take_the_documented_defaults() {
		this.context.run(started -> assertThat(started.getBean(SignInProperties.class))
			.isEqualTo(new SignInProperties(5, Duration.ofMinutes(15))));
	}

	@Test
	void zero_failures_before_a_lock_stops_the_start() {
		this.context.withPropertyValues("hearth.sign-in.max-failures=0")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("hearth.sign-in")
				.hasMessageContaining("maxFailures"));
	}

	@Test
	void a_lock_of_no_time_stops_the_start() {
		this.context.withPropertyValues("hearth.sign-in.lock-duration=0s")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("lockDuration"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SignInProperties.class)
	static class Settings {

	}

}
