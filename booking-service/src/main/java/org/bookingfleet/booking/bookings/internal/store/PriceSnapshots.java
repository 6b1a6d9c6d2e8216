package org.bookingfleet.booking.bookings.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.events.booking.PriceSnapshot;

/**
 * The locked quote as the event contracts carry it: the signed lines with their rules
 * where the quote has them (every quote signed since lines were), else one line per
 * non-zero figure; then any fee charged since the booking was made.
 */
final class PriceSnapshots {

	private PriceSnapshots() {
	}

	/**
	 * The quote's lines, then the fees charged since; the total is what the booking costs
	 * now.
	 */
	static PriceSnapshot of(LockedQuote quote, List<PriceSnapshot.Line> fees) {
		PriceSnapshot quoted = of(quote);
		if (fees.isEmpty()) {
			return quoted;
		}
		List<PriceSnapshot.Line> lines = new ArrayList<>(quoted.lines());
		lines.addAll(fees);
		long total = quoted.totalCents() + fees.stream().mapToLong(PriceSnapshot.Line::amountCents).sum();
		return new PriceSnapshot(quoted.quoteId(), quoted.currency(), total, quoted.depositCents(), quoted.taxesCents(),
				lines);
	}

	static PriceSnapshot of(LockedQuote quote) {
		if (!quote.breakdown().isEmpty()) {
			return new PriceSnapshot(quote.quoteId(), quote.currency(), quote.finalPriceCents(),
					quote.depositRequiredCents(), quote.taxesCents(),
					quote.breakdown()
						.stream()
						.map(line -> new PriceSnapshot.Line(line.code(), line.label(), line.amountCents(), line.rule()))
						.toList());
		}
		List<PriceSnapshot.Line> lines = new ArrayList<>();
		line(lines, "BASE", "Base price", quote.basePriceCents());
		line(lines, "TRAVEL", "Travel fee", quote.travelFeeCents());
		line(lines, "TIME_SURCHARGE", "Weekend or after-hours surcharge", quote.timeSurchargeCents());
		line(lines, "EMERGENCY", "Emergency fee", quote.emergencyFeeCents());
		line(lines, "PROMO", "Promo discount", -quote.promoDiscountCents());
		line(lines, "TAX", "Taxes", quote.taxesCents());
		return new PriceSnapshot(quote.quoteId(), quote.currency(), quote.finalPriceCents(),
				quote.depositRequiredCents(), quote.taxesCents(), lines);
	}

	private static void line(List<PriceSnapshot.Line> lines, String code, String label, long cents) {
		if (cents != 0) {
			lines.add(new PriceSnapshot.Line(code, label, cents, "quote"));
		}
	}

}
