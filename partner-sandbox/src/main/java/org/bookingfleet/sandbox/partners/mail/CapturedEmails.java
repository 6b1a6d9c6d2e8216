package org.bookingfleet.sandbox.partners.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** An SMTP server that accepts any message for anyone and keeps it, read back as {@link CapturedEmail}s. */
public final class CapturedEmails implements AutoCloseable {

	public record CapturedEmail(String messageId, String from, List<String> to, String subject, String text,
			List<String> attachments) {
	}

	private final GreenMail smtp;

	private CapturedEmails(GreenMail smtp) {
		this.smtp = smtp;
	}

	public static CapturedEmails listenOn(int port) {
		ServerSetup setup = new ServerSetup(port, "0.0.0.0", ServerSetup.PROTOCOL_SMTP);
		GreenMail smtp = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
		smtp.start();
		return new CapturedEmails(smtp);
	}

	public int port() {
		return smtp.getSmtp().getPort();
	}

	public List<CapturedEmail> all() {
		return Arrays.stream(smtp.getReceivedMessages()).map(CapturedEmails::read).toList();
	}

	public void forget() {
		try {
			smtp.purgeEmailFromAllMailboxes();
		}
		catch (Exception e) {
			throw new IllegalStateException("could not clear the captured emails", e);
		}
	}

	@Override
	public void close() {
		smtp.stop();
	}

	private static CapturedEmail read(MimeMessage message) {
		try {
			StringBuilder text = new StringBuilder();
			List<String> attachments = new ArrayList<>();
			collect(message, text, attachments);
			return new CapturedEmail(message.getMessageID(), addresses(message.getFrom()).stream().findFirst().orElse(""),
					addresses(message.getAllRecipients()), message.getSubject(), text.toString(), attachments);
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("could not read a captured email", e);
		}
	}

	private static void collect(Part part, StringBuilder text, List<String> attachments)
			throws MessagingException, IOException {
		if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			attachments.add(part.getFileName() == null ? "" : part.getFileName());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				collect(parts.getBodyPart(i), text, attachments);
			}
		}
		else if (part.isMimeType("text/plain") && text.isEmpty()) {
			text.append(part.getContent().toString());
		}
	}

	private static List<String> addresses(Address[] addresses) {
		return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
	}

}
