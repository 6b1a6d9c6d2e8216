package org.bookingfleet.sandbox.partners.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server keeps the latest emails, over real SMTP: a sandbox that took thousands
 * of bookings keeps its memory.
 */
class CapturedEmailsTest {

	@Test
	void theLatestEmailsAreKeptInArrivalOrderAndTheOldestLetGo() throws MessagingException {
		try (CapturedEmails emails = CapturedEmails.listenOn("127.0.0.1", 0, 10)) {
			for (int i = 0; i < 25; i++) {
				send(emails.port(), "guest" + i + "@example.com", "Booking " + i);
			}

			assertThat(emails.all()).extracting(CapturedEmails.CapturedEmail::subject)
				.containsExactlyElementsOf(IntStream.range(15, 25).mapToObj(i -> "Booking " + i).toList());
			assertThat(emails.all()).extracting(email -> email.to()).first().isEqualTo(List.of("guest15@example.com"));
		}
	}

	@Test
	void forgettingEmptiesTheMailboxAndItFillsAgain() throws MessagingException {
		try (CapturedEmails emails = CapturedEmails.listenOn("127.0.0.1", 0, 3)) {
			send(emails.port(), "ana@example.com", "Before");
			emails.forget();
			send(emails.port(), "ana@example.com", "After");

			assertThat(emails.all()).extracting(CapturedEmails.CapturedEmail::subject).containsExactly("After");
		}
	}

	private static void send(int port, String to, String subject) throws MessagingException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(port));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("bookings@bookingfleet.local"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject);
		message.setText("See you then.");
		Transport.send(message);
	}

}
