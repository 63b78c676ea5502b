package org.hearth.delivery;

import org.jspecify.annotations.Nullable;

/** A way of sending a notification to a person: e-mail over SMTP, or GOV.UK Notify. */
interface DeliveryChannel {

	/** As kept in {@code notification.delivered_by}. */
	String name();

	/** Whether a text message to a phone number will do when the person has no e-mail address. */
	boolean sendsTexts();

	/**
	 * Sends it, or throws: the exception's message is kept as the last error (addresses removed).
	 */
	void send(Outgoing notification) throws Exception;

	/** A notification to send, with the recipient's addresses and the words. */
	record Outgoing(java.util.UUID id, @Nullable String email, @Nullable String phone, String kind, String subject,
			String message, int attempts) {
	}

}
