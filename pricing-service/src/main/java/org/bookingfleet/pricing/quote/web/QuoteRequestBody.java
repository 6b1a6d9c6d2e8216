package org.bookingfleet.pricing.quote.web;

import java.time.OffsetDateTime;

/** The body of {@code POST /api/v2/services/pricing} (and the query of its {@code GET} twin). */
public record QuoteRequestBody(String serviceId, OffsetDateTime scheduledDateTime, AddressBody address,
        Integer attendees, String promoCode, Integer durationMinutes, String customerEmail) {

    public record AddressBody(String line1, String city, String state, String postalCode, String country, Double lat,
            Double lng) {
    }
}
