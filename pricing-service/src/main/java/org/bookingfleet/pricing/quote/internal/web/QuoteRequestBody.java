package org.bookingfleet.pricing.quote.internal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/v2/services/pricing} (and the query of its {@code GET}
 * twin). {@code recurrence} asks for a series quote, in the shape the booking request's
 * recurrence has ({@code onConflict} does not change a price and is ignored here).
 */
public record QuoteRequestBody(String serviceId, OffsetDateTime scheduledDateTime, AddressBody address,
		Integer attendees, String promoCode, Integer durationMinutes, String customerEmail, RecurrenceBody recurrence) {

	public QuoteRequestBody(String serviceId, OffsetDateTime scheduledDateTime, AddressBody address, Integer attendees,
			String promoCode, Integer durationMinutes, String customerEmail) {
		this(serviceId, scheduledDateTime, address, attendees, promoCode, durationMinutes, customerEmail, null);
	}

	public record RecurrenceBody(String frequency, Integer count, LocalDate until) {
	}

	public record AddressBody(String line1, String city, String state, String postalCode, String country, Double lat,
			Double lng) {
	}
}
