package org.bookingfleet.events.booking;

import java.util.List;

/** The quote a booking locked, as it was: every line in minor units of one currency. */
public record PriceSnapshot(String quoteId, String currency, long totalCents, long depositCents, long taxesCents,
		List<Line> lines) {

	public record Line(String code, String label, long amountCents, String rule) {
	}

}
