package org.hearth.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Nothing is sent unless a channel is configured: by default there is no delivery job at all. A channel set without
 * what it needs stops the start, saying what is missing.
 */
class DeliveryPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class)
		.withBean(DeliveryService.class, () -> mock(DeliveryService.class));

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DeliveryProperties.class)
	static class Settings {

	}

	@Test
	void by_default_nothing_is_sent_there_is_no_delivery_job() {
		this.context.withUserConfiguration(DeliveryJob.class).run(started -> {
			assertThat(started).hasNotFailed().doesNotHaveBean(DeliveryJob.class);
			DeliveryProperties properties = started.getBean(DeliveryProperties.class);
			assertThat(properties.channel()).isEqualTo(DeliveryProperties.Channel.NONE);
			assertThat(properties.backoff()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5),
					Duration.ofMinutes(30), Duration.ofHours(2));
			assertThat(properties.maxAttempts()).isEqualTo(5);
		});
	}

	@Test
	void smtp_needs_a_sender_and_a_server() {
		this.context.withUserConfiguration(DeliveryJob.class)
			.withPropertyValues("hearth.delivery.channel=smtp")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("hearth.delivery.from"));
		this.context.withUserConfiguration(DeliveryJob.class)
			.withPropertyValues("hearth.delivery.channel=smtp", "hearth.delivery.from=hearth@council.example")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("spring.mail.host"));
		this.context.withUserConfiguration(DeliveryJob.class)
			.withBean(JavaMailSender.class, () -> mock(JavaMailSender.class))
			.withPropertyValues("hearth.delivery.channel=smtp", "hearth.delivery.from=hearth@council.example")
			.run(started -> assertThat(started).hasSingleBean(DeliveryJob.class));
	}

	@Test
	void notify_needs_its_key_and_both_templates() {
		this.context.withUserConfiguration(DeliveryJob.class)
			.withPropertyValues("hearth.delivery.channel=notify", "hearth.delivery.notify.email-template-id=e")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("hearth.delivery.notify.api-key"));
		this.context.withUserConfiguration(DeliveryJob.class)
			.withPropertyValues("hearth.delivery.channel=notify",
					"hearth.delivery.notify.api-key=hearth-" + java.util.UUID.randomUUID() + "-"
							+ java.util.UUID.randomUUID(),
					"hearth.delivery.notify.email-template-id=e", "hearth.delivery.notify.sms-template-id=s",
					"hearth.delivery.backoff=10s,1m")
			.run(started -> {
				assertThat(started).hasSingleBean(DeliveryJob.class);
				assertThat(started.getBean(DeliveryProperties.class).backoff())
					.isEqualTo(List.of(Duration.ofSeconds(10), Duration.ofMinutes(1)));
			});
	}

	@Test
	void a_schedule_that_is_no_cron_expression_stops_the_start() {
		this.context.withPropertyValues("hearth.delivery.cron=every minute")
			.run(started -> assertThat(started).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("hearth.delivery.cron"));
	}

}
