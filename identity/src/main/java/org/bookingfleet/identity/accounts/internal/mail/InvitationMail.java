package org.bookingfleet.identity.accounts.internal.mail;

import org.bookingfleet.identity.accounts.Invitation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mail of an invitation, in English or Spanish: the link that sets the provider's
 * password. A mail that cannot be sent is logged, and the answer to the admin says so;
 * inviting the same email again sends a new link.
 */
@Component
public class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private final JavaMailSender mail;

	private final String from;

	private final String issuer;

	InvitationMail(JavaMailSender mail, @Value("${identity.mail.from}") String from,
			@Value("${spring.security.oauth2.authorizationserver.issuer}") String issuer) {
		this.mail = mail;
		this.from = from;
		this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
	}

	/** Whether the mail went out. */
	public boolean send(Invitation invitation, String token) {
		String link = this.issuer + "/invitation?token=" + token;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(invitation.email());
		if ("es".equals(invitation.language())) {
			message.setSubject("Tu cuenta de proveedor en Booking fleet");
			message.setText("""
					Hola %s:

					Te invitamos a gestionar tu agenda en Booking fleet. Elige tu contraseña aquí:

					%s

					El enlace sirve una vez, durante 72 horas. Si no esperabas esta invitación, ignora este correo.
					""".formatted(invitation.name(), link));
		}
		else {
			message.setSubject("Your provider account at Booking fleet");
			message.setText("""
					Hello %s,

					You are invited to run your day at Booking fleet. Choose your password here:

					%s

					The link works once, within 72 hours. If you did not expect this invitation, ignore this mail.
					""".formatted(invitation.name(), link));
		}
		try {
			this.mail.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("could not send the invitation to account of provider {}: {}", invitation.providerId(),
					ex.getMessage());
			return false;
		}
	}

}
