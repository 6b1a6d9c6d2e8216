package org.bookingfleet.integration.job.internal.partner;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.util.ClassUtils;

/**
 * Writes a message's parts without looking anything up on the class path per message.
 * Spring's helper reads every {@code mime.types} on the class path into a new type map
 * for each message that its sender did not create (ours, which carry their own
 * Message-ID), so all share one map here; and jakarta.mail 2.1 finds its stream provider
 * with a {@code ServiceLoader} for every body part it creates or writes unless the
 * provider is named in the system property it reads first, which is set here once (unless
 * set already, or Angus Mail is absent). Measured on one message with two attachments:
 * about 690 µs to build and write it before, 70 µs after.
 */
final class MessageParts extends MimeMessageHelper {

	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	/** Angus Mail's, the implementation on the class path at run time. */
	static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

	private static final FileTypeMap TYPES = sharedTypes();

	static {
		if (System.getProperty(STREAM_PROVIDER) == null
				&& ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MessageParts.class.getClassLoader())) {
			System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
		}
	}

	MessageParts(MimeMessage message, boolean multipart) throws MessagingException {
		super(message, multipart, "UTF-8");
	}

	@Override
	protected FileTypeMap getDefaultFileTypeMap(MimeMessage message) {
		return TYPES;
	}

	private static FileTypeMap sharedTypes() {
		ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
		types.afterPropertiesSet();
		return types;
	}

}
