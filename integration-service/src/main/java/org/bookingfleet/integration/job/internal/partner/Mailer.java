package org.bookingfleet.integration.job.internal.partner;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.job.Partner;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends email over SMTP. The SMTP client blocks, so it runs on the bounded elastic
 * scheduler, never a reactor thread. Its write timeouts ({@code mail.smtp.writetimeout})
 * share one scheduler ({@link SmtpWriteTimeouts}).
 */
@Component
public class Mailer implements DisposableBean {

	public record Attachment(String filename, String contentType, byte[] content) {
	}

	public record Email(String messageId, String to, String subject, String text, List<Attachment> attachments) {
	}

	private final JavaMailSender sender;

	private final PartnerGuard guard;

	private final String from;

	private final SmtpWriteTimeouts writeTimeouts = new SmtpWriteTimeouts();

	public Mailer(JavaMailSender sender, PartnerGuards guards, IntegrationProperties properties) {
		this.sender = sender;
		this.guard = guards.of(Partner.EMAIL);
		this.from = properties.senderEmail();
		if (sender instanceof JavaMailSenderImpl configurable) {
			configurable.getJavaMailProperties().put(SmtpWriteTimeouts.PROPERTY, this.writeTimeouts);
		}
	}

	public Mono<String> send(Email email) {
		return guard.call(Mono.fromCallable(() -> {
			MimeMessage message = new IdentifiedMimeMessage(sender.createMimeMessage().getSession(), email.messageId());
			MimeMessageHelper helper = new MessageParts(message, !email.attachments().isEmpty());
			helper.setFrom(from);
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			helper.setText(email.text(), false);
			for (Attachment attachment : email.attachments()) {
				helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			sender.send(message);
			return email.messageId();
		}).subscribeOn(Schedulers.boundedElastic()));
	}

	/** How many of the SMTP client's writes were timed on the shared scheduler. */
	long writesTimed() {
		return this.writeTimeouts.scheduled();
	}

	@Override
	public void destroy() {
		this.writeTimeouts.shutdownNow();
	}

}
