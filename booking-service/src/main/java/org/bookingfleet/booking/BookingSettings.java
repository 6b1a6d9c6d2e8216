package org.bookingfleet.booking;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.bookingfleet.booking.quote.QuoteKey;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param settleWait how long {@code POST /bookings} waits for the saga before answering
 * 202
 * @param paymentWindow how long a customer has to pay what is due now
 * @param sweepInterval how often unpaid bookings are looked for
 * @param answerDeadline how long a requested booking waits for the availability service's
 * answer before it expires
 * @param quoteKeys keys shared with the pricing service, secrets in base64
 */
@ConfigurationProperties("booking")
public record BookingSettings(Duration settleWait, Duration paymentWindow, Duration sweepInterval,
		Duration answerDeadline, List<Key> quoteKeys) {

	public BookingSettings {
		if (answerDeadline == null) {
			answerDeadline = Duration.ofMinutes(2);
		}
	}

	public record Key(String id, String secret) {
	}

	public List<QuoteKey> keys() {
		return quoteKeys.stream().map(key -> new QuoteKey(key.id(), Base64.getDecoder().decode(key.secret()))).toList();
	}
}
