package org.bookingfleet.booking.bookings.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.BookingProgress;
import org.bookingfleet.booking.bookings.internal.web.Requester;
import org.bookingfleet.booking.policy.ProviderTerms;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.series.Occurrence;
import org.bookingfleet.booking.series.Recurrence;
import org.bookingfleet.booking.series.SeriesSchedule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assembles PENDING bookings from a checked request: one, or one per occurrence of a
 * series. The first occurrence uses the customer's hold; later ones carry a fresh id the
 * availability service books directly if the slot is free. Every occurrence keeps its own
 * price snapshot, the one the series quote signed for its start (the checks proved the
 * quote's occurrences are this series' occurrences).
 */
final class NewBooking {

	private NewBooking() {
	}

	static List<Booking> of(UUID id, UUID seriesId, CreationChecks.Checked checked, ProviderTerms terms,
			Requester requester, String tokenDigest, JsonMapper json, Instant now) {
		var hold = checked.hold();
		if (seriesId == null) {
			return List.of(occurrence(id, null, null, hold.start(), hold.end(), hold.holdId(), checked.quote(), checked,
					terms, requester, tokenDigest, json, now));
		}
		Recurrence recurrence = checked.valid().recurrence().orElseThrow();
		ZoneId zone = checked.service().zone();
		List<Occurrence> occurrences = SeriesSchedule.expand(recurrence, hold.start().atZone(zone).toLocalDateTime(),
				zone, Duration.between(hold.start(), hold.end()));
		List<LockedQuote> quotes = checked.occurrenceQuotes();
		if (quotes.size() != occurrences.size()) {
			throw new IllegalStateException(
					"series of " + occurrences.size() + " occurrences with " + quotes.size() + " prices");
		}
		return IntStream.range(0, occurrences.size()).mapToObj(n -> {
			Occurrence o = occurrences.get(n);
			return occurrence(n == 0 ? id : UUID.randomUUID(), seriesId, n, o.start(), o.end(),
					n == 0 ? hold.holdId() : UUID.randomUUID(), quotes.get(n), checked, terms, requester, tokenDigest,
					json, now);
		}).toList();
	}

	private static Booking occurrence(UUID id, UUID seriesId, Integer index, Instant start, Instant end, UUID holdId,
			LockedQuote quote, CreationChecks.Checked checked, ProviderTerms terms, Requester requester,
			String tokenDigest, JsonMapper json, Instant now) {
		var request = checked.request();
		BookingDetails details = new BookingDetails(id, request.serviceId(), checked.hold().providerId(),
				requester.customerId(), tokenDigest, request.customerName().strip(), request.customerEmail(),
				checked.valid().customerPhone(), checked.service().zone().getId(), checked.valid().seats(),
				request.address() == null ? null : json.writeValueAsString(request.address()), quote.promoCode(),
				request.specialInstructions(), json.writeValueAsString(checked.valid().attendees()),
				json.writeValueAsString(quote), quote.currency(), quote.finalPriceCents(), quote.depositRequiredCents(),
				quote.amountDueNowCents(terms.payAtAppointment()), terms.approvalRequired(), seriesId, index, now,
				checked.valid().notices().languageOr(checked.service().zone()), checked.valid().notices().channels());
		return new Booking(details, BookingProgress.requested(start, end, holdId, now));
	}

}
