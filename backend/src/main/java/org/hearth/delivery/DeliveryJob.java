package org.hearth.delivery;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import uk.gov.service.notify.NotificationClient;

/**
 * Sends the outbox on its schedule ({@code hearth.delivery.cron}, every minute by default) on one instance at a time
 * (ShedLock, set up in {@code org.hearth.system}), through the channel {@code hearth.delivery.channel} names. With
 * the default {@code none} there is no job and nothing is ever sent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${hearth.delivery.channel:none}'.toLowerCase() != 'none'")
class DeliveryJob {

	private final DeliveryService delivery;

	private final DeliveryChannel channel;

	DeliveryJob(DeliveryService delivery, DeliveryProperties properties, ObjectProvider<JavaMailSender> mail) {
		this.delivery = delivery;
		this.channel = channel(properties, mail);
	}

	static DeliveryChannel channel(DeliveryProperties properties, ObjectProvider<JavaMailSender> mail) {
		return switch (properties.channel()) {
			case SMTP -> {
				JavaMailSender sender = mail.getIfAvailable();
				if (sender == null) {
					throw new IllegalStateException(
							"hearth.delivery.channel=smtp needs an SMTP server: set spring.mail.host (and port, username, password)");
				}
				yield new SmtpChannel(sender, java.util.Objects.requireNonNull(properties.from()));
			}
			case NOTIFY -> {
				DeliveryProperties.Notify notify = properties.govukNotify();
				yield new NotifyChannel(new NotificationClient(notify.apiKey(), notify.baseUrl()),
						java.util.Objects.requireNonNull(notify.emailTemplateId()),
						java.util.Objects.requireNonNull(notify.smsTemplateId()));
			}
			case NONE -> throw new IllegalStateException("No delivery job without a channel");
		};
	}

	@Scheduled(cron = "${hearth.delivery.cron:0 * * * * *}", zone = "${hearth.time-zone:Europe/London}")
	@SchedulerLock(name = "delivery", lockAtMostFor = "PT15M")
	void deliver() {
		this.delivery.deliverDue(this.channel);
	}

}
