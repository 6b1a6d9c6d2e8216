package org.bookingfleet.integration.job.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class MessagePartsTest {

	private final Session session = Session.getInstance(new Properties());

	@Test
	void aMessageWithItsAttachmentsReadsBackPartByPart() throws Exception {
		MimeMessage message = new IdentifiedMimeMessage(this.session, "<job-1@bookingfleet.example>");
		MessageParts parts = new MessageParts(message, true);
		parts.setFrom("bookings@bookingfleet.example");
		parts.setTo("ana@example.com");
		parts.setSubject("Tu reserva está confirmada");
		parts.setText("Martes 8 de diciembre, 10:30", false);
		parts.addAttachment("invite.ics", new ByteArrayResource("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)),
				"text/calendar");
		parts.addAttachment("confirmation.pdf", new ByteArrayResource(new byte[] { '%', 'P', 'D', 'F' }),
				"application/pdf");
		message.saveChanges();
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		message.writeTo(written);

		MimeMessage read = new MimeMessage(this.session, new ByteArrayInputStream(written.toByteArray()));
		assertThat(read.getMessageID()).isEqualTo("<job-1@bookingfleet.example>");
		assertThat(read.getSubject()).isEqualTo("Tu reserva está confirmada");
		Multipart mixed = (Multipart) read.getContent();
		assertThat(mixed.getCount()).isEqualTo(3);
		assertThat(text(mixed.getBodyPart(0))).contains("Martes 8 de diciembre, 10:30");
		assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invite.ics");
		assertThat(mixed.getBodyPart(1).getContentType()).startsWith("text/calendar");
		assertThat(mixed.getBodyPart(2).getFileName()).isEqualTo("confirmation.pdf");
		assertThat(mixed.getBodyPart(2).getContentType()).startsWith("application/pdf");
		assertThat(mixed.getBodyPart(2).getInputStream().readAllBytes()).containsExactly('%', 'P', 'D', 'F');
	}

	@Test
	void namesTheStreamProviderSoThatNoBodyPartLooksItUp() throws Exception {
		new MessageParts(new MimeMessage(this.session), false);

		assertThat(System.getProperty(MessageParts.STREAM_PROVIDER)).isEqualTo(MessageParts.ANGUS_STREAM_PROVIDER);
	}

	private static String text(BodyPart part) throws Exception {
		Object content = part.getContent();
		return (content instanceof Multipart related) ? text(related.getBodyPart(0)) : content.toString();
	}

}
