package org.bookingfleet.integration.job.internal.partner;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID we choose (one per job), so a resend after a lost answer can
 * be told apart by readers.
 */
final class IdentifiedMimeMessage extends MimeMessage {

	private final String messageId;

	IdentifiedMimeMessage(Session session, String messageId) {
		super(session);
		this.messageId = messageId;
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", messageId);
	}

}
