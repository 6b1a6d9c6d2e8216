package org.bookingfleet.booking.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The price a quote token vouches for, kept by the booking as its price snapshot.
 * {@code promoCode} may be null. {@code breakdown} holds the signed lines where the token
 * carries them (a quote's own appointment and each occurrence of a series); a token
 * issued before quotes signed their lines has none, and its snapshot is drawn from the
 * figures.
 */
public record LockedQuote(String quoteId, String serviceId, String currency, Instant scheduledAt, long attendees,
		long durationMinutes, String promoCode, long basePriceCents, long travelFeeCents, long timeSurchargeCents,
		long emergencyFeeCents, long promoDiscountCents, long taxesCents, long finalPriceCents,
		long depositRequiredCents, Instant issuedAt, Instant expiresAt,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<PriceLine> breakdown) {

	public LockedQuote {
		Objects.requireNonNull(quoteId, "quoteId");
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(scheduledAt, "scheduledAt");
		Objects.requireNonNull(expiresAt, "expiresAt");
		breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
	}

	/** A quote for one appointment: figures without lines. */
	public LockedQuote(String quoteId, String serviceId, String currency, Instant scheduledAt, long attendees,
			long durationMinutes, String promoCode, long basePriceCents, long travelFeeCents, long timeSurchargeCents,
			long emergencyFeeCents, long promoDiscountCents, long taxesCents, long finalPriceCents,
			long depositRequiredCents, Instant issuedAt, Instant expiresAt) {
		this(quoteId, serviceId, currency, scheduledAt, attendees, durationMinutes, promoCode, basePriceCents,
				travelFeeCents, timeSurchargeCents, emergencyFeeCents, promoDiscountCents, taxesCents, finalPriceCents,
				depositRequiredCents, issuedAt, expiresAt, List.of());
	}

	/**
	 * The snapshot one occurrence of a series keeps: this quote's terms with that
	 * occurrence's own price and lines.
	 */
	public LockedQuote forOccurrence(QuotedOccurrence occurrence) {
		return new LockedQuote(quoteId, serviceId, currency, occurrence.scheduledAt(), attendees, durationMinutes,
				promoCode, occurrence.basePriceCents(), occurrence.travelFeeCents(), occurrence.timeSurchargeCents(),
				occurrence.emergencyFeeCents(), occurrence.promoDiscountCents(), occurrence.taxesCents(),
				occurrence.finalPriceCents(), occurrence.depositRequiredCents(), issuedAt, expiresAt,
				occurrence.breakdown());
	}

	/**
	 * What the customer must pay before the booking is firm: the deposit if there is one,
	 * else everything.
	 */
	public long amountDueNowCents(boolean payAtAppointment) {
		if (payAtAppointment) {
			return 0;
		}
		return depositRequiredCents > 0 ? Math.min(depositRequiredCents, finalPriceCents) : finalPriceCents;
	}
}
