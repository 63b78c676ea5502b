package org.hearth.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * How notifications are sent.
 * @param channel {@code none} (nothing is sent: the default), {@code smtp} or {@code notify}
 * @param cron when the delivery job runs (every minute by default), in the deployment's time zone
 * @param backoff how long to wait after each failed attempt before the next; after as many failures as there are
 * waits plus one, the notification is failed (the dead letter)
 * @param batchSize most notifications sent per run
 * @param maxAge a notification older than this when it would first be sent is not sent (switching a channel on does
 * not send months of notifications at once)
 * @param from the sender of e-mails over SMTP, e.g. {@code Hearth <hearth@council.example>} (required for smtp)
 * @param appUrl where people open Hearth, e.g. {@code https://hearth.council.example}: given, every message ends with
 * it, so a reminder can be acted on at once (the council's own address only: nothing in a message links elsewhere)
 * @param govukNotify GOV.UK Notify's settings, {@code hearth.delivery.notify.*} (required for notify)
 */
@Validated
@ConfigurationProperties("hearth.delivery")
record DeliveryProperties(@DefaultValue("none") Channel channel, @DefaultValue("0 * * * * *") String cron,
		@DefaultValue({ "1m", "5m", "30m", "2h" }) List<Duration> backoff, @DefaultValue("100") int batchSize,
		@DefaultValue("3d") Duration maxAge, @Nullable String from, @Nullable URI appUrl,
		@Name("notify") @DefaultValue Notify govukNotify) {

	enum Channel {

		NONE, SMTP, NOTIFY

	}

	/**
	 * @param apiKey the service's API key (from Notify's settings; a secret)
	 * @param baseUrl Notify's API
	 * @param emailTemplateId the e-mail template, with the placeholders {@code ((subject))} and {@code ((message))}
	 * @param smsTemplateId the text message template, with the placeholder {@code ((message))}
	 */
	record Notify(@Nullable String apiKey, @DefaultValue("https://api.notifications.service.gov.uk") String baseUrl,
			@Nullable String emailTemplateId, @Nullable String smsTemplateId) {
	}

	DeliveryProperties {
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("hearth.delivery.cron is not a cron expression: '" + cron + "'");
		}
		if (backoff.isEmpty() || backoff.stream().anyMatch(wait -> wait.isNegative() || wait.isZero())) {
			throw new IllegalArgumentException("hearth.delivery.backoff needs one or more positive waits");
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("hearth.delivery.batch-size must be 1 or more");
		}
		if (maxAge.isNegative() || maxAge.isZero()) {
			throw new IllegalArgumentException("hearth.delivery.max-age must be positive");
		}
		if (appUrl != null && (!appUrl.isAbsolute() || !List.of("https", "http").contains(appUrl.getScheme()))) {
			throw new IllegalArgumentException("hearth.delivery.app-url must be an http(s) address: '" + appUrl + "'");
		}
		if (channel == Channel.SMTP && (from == null || from.isBlank())) {
			throw new IllegalArgumentException("hearth.delivery.from is required to send e-mails over SMTP");
		}
		if (channel == Channel.NOTIFY && (govukNotify.apiKey() == null || govukNotify.apiKey().isBlank()
				|| govukNotify.emailTemplateId() == null || govukNotify.smsTemplateId() == null)) {
			throw new IllegalArgumentException("hearth.delivery.notify.api-key, .email-template-id and "
					+ ".sms-template-id are required to send through GOV.UK Notify");
		}
	}

	/** Attempts before a notification is failed. */
	int maxAttempts() {
		return this.backoff.size() + 1;
	}

}
