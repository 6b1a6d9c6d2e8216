package org.bookingfleet.integration.job.internal.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.integration.PageLinks;
import org.bookingfleet.platform.tokens.LinkKeys;
import org.bookingfleet.platform.tokens.LinkPurpose;
import org.bookingfleet.platform.tokens.LinkTokens;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The links a customer's messages carry, each signed for its one purpose with the key the
 * payment and booking services open it with (see {@link LinkTokens}): a customer who
 * booked as a guest has no account and the fleet keeps only a digest of their booking
 * token, so the link itself is what opens the document or the booking.
 */
@Component
public class MessageLinks {

	/** How long an invoice or credit note link opens its PDF. */
	public static final Duration DOCUMENT_LIFETIME = Duration.ofDays(180);

	/**
	 * How long after the appointment (or after the message, if later) a manage link opens
	 * the booking.
	 */
	public static final Duration MANAGE_AFTER_APPOINTMENT = Duration.ofDays(14);

	private final PageLinks page;

	private final LinkTokens links;

	private final Clock clock;

	MessageLinks(PageLinks page, Environment environment, Clock clock) {
		this.page = page;
		this.links = LinkKeys.from(environment);
		this.clock = clock;
	}

	/** The PDF of an invoice or credit note, opened by this link alone for 180 days. */
	public String document(String number) {
		return page.document(number) + "?link="
				+ links.mint(LinkPurpose.INVOICE, number, clock.instant().plus(DOCUMENT_LIFETIME));
	}

	/**
	 * The booking's manage page (see it, pay its balance, cancel or move it), opened by
	 * this link alone until 14 days after the appointment ends. The link travels in the
	 * page address's fragment, which the browser never sends to a server.
	 */
	public String manage(UUID bookingId, Instant appointmentEnd) {
		Instant now = clock.instant();
		Instant until = (appointmentEnd.isAfter(now) ? appointmentEnd : now).plus(MANAGE_AFTER_APPOINTMENT);
		return page.pageUrl() + "/manage.html#booking=" + bookingId + "&link="
				+ links.mint(LinkPurpose.MANAGE, bookingId.toString(), until);
	}

}
