package org.bookingfleet.integration.job.internal.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.bookingfleet.integration.WithPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Emails go out with the SMTP client's write timeout on (the service's settings set it),
 * every email's writes timed on the one shared scheduler rather than on a thread the
 * client would start for each connection.
 */
class MailerIntegrationTest extends WithPartners {

	@Autowired
	Mailer mailer;

	@Test
	void everyEmailsWritesAreTimedOnTheSharedScheduler() {
		String to = "timed-" + UUID.randomUUID() + "@example.com";
		long timedBefore = this.mailer.writesTimed();

		for (int i = 1; i <= 10; i++) {
			this.mailer
				.send(new Mailer.Email("<" + UUID.randomUUID() + "@bookingfleet.test>", to, "Email " + i,
						"Sent one after another.", List.of()))
				.toFuture()
				.join();
		}

		assertThat(mailTo(to)).hasSize(10);
		// each email's connection writes its greeting, envelope, message and goodbye
		assertThat(this.mailer.writesTimed() - timedBefore).isGreaterThanOrEqualTo(10 * 4);
	}

}
