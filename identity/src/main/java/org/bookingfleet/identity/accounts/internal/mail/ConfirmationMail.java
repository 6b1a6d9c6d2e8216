package org.bookingfleet.identity.accounts.internal.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mails of registration: the confirmation link, or, to someone who has an account
 * already, a note saying so (the page says the same in both cases). A mail that cannot be
 * sent is logged; registering again sends a new link.
 */
@Component
public class ConfirmationMail {

	private static final Logger log = LoggerFactory.getLogger(ConfirmationMail.class);

	private final JavaMailSender mail;

	private final String from;

	private final String issuer;

	ConfirmationMail(JavaMailSender mail, @Value("${identity.mail.from}") String from,
			@Value("${spring.security.oauth2.authorizationserver.issuer}") String issuer) {
		this.mail = mail;
		this.from = from;
		this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
	}

	public void confirmationLink(String to, String name, String token) {
		send(to, "Confirm your email for Booking fleet", """
				Hello %s,

				Confirm your email to finish creating your account:

				%s/register/confirm?token=%s

				The link works once, within 24 hours. If you did not ask for an account, ignore this mail.
				""".formatted(name, this.issuer, token));
	}

	public void alreadyRegistered(String to) {
		send(to, "Your Booking fleet account", """
				Hello,

				Someone (perhaps you) tried to create an account with this email, which has one already.
				Sign in with your password at %s/login. If it was not you, ignore this mail.
				""".formatted(this.issuer));
	}

	private void send(String to, String subject, String text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			this.mail.send(message);
		}
		catch (MailException ex) {
			log.warn("could not send '{}': {}", subject, ex.getMessage());
		}
	}

}
