package org.bookingfleet.fleettests.journeys;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.fleettests.fleet.FleetExtension;

/** The mail the fleet sent, as the captured SMTP server received it. */
final class MailBox {

	record Mail(String subject, String raw) {
	}

	private MailBox() {
	}

	static List<Mail> to(String recipient) {
		return FleetExtension.fleet()
			.partners()
			.mails()
			.stream()
			.filter(message -> addressedTo(message, recipient))
			.map(MailBox::mail)
			.toList();
	}

	static Mail awaitOne(String recipient, String subjectPart, Duration limit) {
		return await("mail to " + recipient).atMost(limit)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> to(recipient).stream()
				.filter(mail -> mail.subject().toLowerCase().contains(subjectPart.toLowerCase()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static boolean addressedTo(MimeMessage message, String recipient) {
		try {
			Address[] all = message.getAllRecipients();
			return all != null && Arrays.stream(all).anyMatch(a -> a.toString().contains(recipient));
		}
		catch (MessagingException e) {
			return false;
		}
	}

	private static Mail mail(MimeMessage message) {
		try {
			ByteArrayOutputStream raw = new ByteArrayOutputStream();
			message.writeTo(raw);
			return new Mail(String.valueOf(message.getSubject()), raw.toString(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException("unreadable mail", e);
		}
	}

}
