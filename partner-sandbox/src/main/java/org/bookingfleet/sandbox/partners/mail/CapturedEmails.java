package org.bookingfleet.sandbox.partners.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server that accepts any message for anyone and keeps the latest ones, read back
 * as {@link CapturedEmail}s with their attachments. Every message goes to one mailbox in
 * arrival order; once it holds {@code keep} messages the oldest tenth is let go, so a
 * sandbox that has taken thousands of bookings keeps its memory (it ran out of heap after
 * about 17,000 bookings when it kept every message, and the services' emails then
 * failed). A message's id is drawn from its content, so a link to it stays true after
 * {@code forget} and never names another message.
 */
public final class CapturedEmails implements AutoCloseable {

	/**
	 * An email as received: its id for links, its headers, its text and the files
	 * attached to it.
	 */
	public record CapturedEmail(String id, String messageId, String from, List<String> to, String subject, String text,
			List<String> attachments, List<AttachedFile> attachmentFiles) {
	}

	/**
	 * An attached file as listed: where its bytes are served, or no link when it was too
	 * large to keep.
	 */
	public record AttachedFile(String name, String contentType, long size, boolean kept, String href) {
	}

	private final GreenMail smtp;

	private final MailFolder inbox;

	private final int keep;

	private CapturedEmails(GreenMail smtp, MailFolder inbox, int keep) {
		this.smtp = smtp;
		this.inbox = inbox;
		this.keep = keep;
	}

	/** Port 0 picks a free one; at most {@code keep} messages are kept. */
	public static CapturedEmails listenOn(String host, int port, int keep) {
		if (keep < 1) {
			throw new IllegalArgumentException("the sandbox keeps at least one email");
		}
		ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
		GreenMail smtp = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
		CapturedEmails emails;
		try {
			GreenMailUser everyone = smtp.getUserManager().createUser("sandbox@sandbox.local", "sandbox", "sandbox");
			emails = new CapturedEmails(smtp, smtp.getManagers().getImapHostManager().getInbox(everyone), keep);
			smtp.getUserManager().setMessageDeliveryHandler((message, recipient) -> emails.roomFor(everyone));
		}
		catch (UserException | FolderException e) {
			throw new IllegalStateException("could not open the sandbox's mailbox", e);
		}
		smtp.start();
		return emails;
	}

	public int port() {
		return smtp.getSmtp().getPort();
	}

	public List<CapturedEmail> all() {
		return received().stream().map(CapturedEmails::read).toList();
	}

	/** The messages as the server received them, in arrival order (one per recipient). */
	public List<MimeMessage> received() {
		return List.of(smtp.getReceivedMessages());
	}

	/**
	 * The file of that name attached to the email of that id, when both exist and its
	 * bytes were kept.
	 */
	public Optional<MailParts.Attachment> attachment(String emailId, String name) {
		return received().stream()
			.filter(message -> idOf(message).equals(emailId))
			.findFirst()
			.flatMap(message -> MailParts.of(message).attachment(name));
	}

	public boolean exists(String emailId) {
		return received().stream().anyMatch(message -> idOf(message).equals(emailId));
	}

	/**
	 * Lets the oldest tenth go when the mailbox is full, before the next message is
	 * delivered.
	 */
	private synchronized GreenMailUser roomFor(GreenMailUser everyone) {
		List<StoredMessage> kept = inbox.getMessages();
		if (kept.size() >= keep) {
			for (StoredMessage old : kept.subList(0, kept.size() - keep + Math.max(1, keep / 10))) {
				old.setFlag(Flags.Flag.DELETED, true);
			}
			try {
				inbox.expunge();
			}
			catch (FolderException e) {
				throw new IllegalStateException("could not let the oldest emails go", e);
			}
		}
		return everyone;
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
			String id = idOf(message);
			MailParts parts = MailParts.of(message);
			return new CapturedEmail(id, message.getMessageID(),
					addresses(message.getFrom()).stream().findFirst().orElse(""), addresses(message.getAllRecipients()),
					message.getSubject(), parts.text(), parts.names(), parts.files("/sandbox/emails/" + id));
		}
		catch (MessagingException e) {
			throw new IllegalStateException("could not read a captured email", e);
		}
	}

	/** The first 16 hex digits of the SHA-256 of the message as received. */
	static String idOf(MimeMessage message) {
		try {
			DigestOutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(),
					MessageDigest.getInstance("SHA-256"));
			message.writeTo(digest);
			return HexFormat.of().formatHex(digest.getMessageDigest().digest(), 0, 8);
		}
		catch (IOException | MessagingException | NoSuchAlgorithmException e) {
			throw new IllegalStateException("could not read a captured email", e);
		}
	}

	private static List<String> addresses(Address[] addresses) {
		return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
	}

}
