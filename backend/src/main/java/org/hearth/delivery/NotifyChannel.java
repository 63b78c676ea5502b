package org.hearth.delivery;

import java.util.Map;

import uk.gov.service.notify.NotificationClient;

/**
 * GOV.UK Notify through its official client: an e-mail from the e-mail template when the person has an e-mail
 * address, else a text message from the text template. The notification's id is Notify's reference, so Notify's own
 * records can be matched to Hearth's without any personal data.
 */
class NotifyChannel implements DeliveryChannel {

	private final NotificationClient client;

	private final String emailTemplateId;

	private final String smsTemplateId;

	NotifyChannel(NotificationClient client, String emailTemplateId, String smsTemplateId) {
		this.client = client;
		this.emailTemplateId = emailTemplateId;
		this.smsTemplateId = smsTemplateId;
	}

	@Override
	public String name() {
		return "notify";
	}

	@Override
	public boolean sendsTexts() {
		return true;
	}

	@Override
	public void send(Outgoing notification) throws Exception {
		if (notification.email() != null) {
			this.client.sendEmail(this.emailTemplateId, notification.email(),
					Map.of("subject", notification.subject(), "message", notification.message()),
					notification.id().toString());
		}
		else if (notification.phone() != null) {
			this.client.sendSms(this.smsTemplateId, notification.phone(), Map.of("message", notification.message()),
					notification.id().toString());
		}
		else {
			throw new IllegalStateException("No e-mail address or phone number");
		}
	}

}
