package org.hearth.delivery;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail through any SMTP server ({@code spring.mail.*}); a person without an e-mail address is not reached. */
class SmtpChannel implements DeliveryChannel {

	private final JavaMailSender mail;

	private final String from;

	SmtpChannel(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public String name() {
		return "smtp";
	}

	@Override
	public boolean sendsTexts() {
		return false;
	}

	@Override
	public void send(Outgoing notification) throws Exception {
		if (notification.email() == null) {
			throw new IllegalStateException("No e-mail address");
		}
		MimeMessage message = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(notification.email());
		helper.setSubject(notification.subject());
		helper.setText(notification.message());
		this.mail.send(message);
	}

}
