package org.bookingfleet.pricing.quote.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.geo.Address;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.series.Frequency;
import org.bookingfleet.pricing.series.Recurrence;
import org.springframework.http.HttpStatus;

/**
 * A quote request checked for shape: every field present where needed and in range, else
 * a 400 naming it.
 */
record QuoteInput(String serviceId, Instant start, Optional<Address> address, int attendees,
		Optional<Duration> duration, Optional<String> promoCode, Optional<String> customerEmail,
		Optional<Recurrence> recurrence) {

	static QuoteInput of(QuoteRequestBody body) {
		if (body == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "a quote request needs a body");
		}
		if (body.serviceId() == null || body.serviceId().isBlank()) {
			throw ApiException.validation("serviceId", "serviceId is required");
		}
		if (body.scheduledDateTime() == null) {
			throw ApiException.validation("scheduledDateTime", "scheduledDateTime is required, ISO-8601 with offset");
		}
		int attendees = body.attendees() == null ? 1 : body.attendees();
		if (attendees < 1) {
			throw ApiException.validation("attendees", "attendees is at least 1");
		}
		if (body.durationMinutes() != null && body.durationMinutes() < 1) {
			throw ApiException.validation("durationMinutes", "durationMinutes is positive");
		}
		return new QuoteInput(body.serviceId().trim(), body.scheduledDateTime().toInstant(), address(body.address()),
				attendees, Optional.ofNullable(body.durationMinutes()).map(Duration::ofMinutes),
				Optional.ofNullable(body.promoCode()).filter(code -> !code.isBlank()),
				Optional.ofNullable(body.customerEmail()).filter(email -> !email.isBlank()),
				recurrence(body.recurrence()));
	}

	private static Optional<Recurrence> recurrence(QuoteRequestBody.RecurrenceBody body) {
		if (body == null) {
			return Optional.empty();
		}
		Frequency frequency = Arrays.stream(Frequency.values())
			.filter(f -> f.name().equals(body.frequency()))
			.findFirst()
			.orElseThrow(() -> ApiException.validation("recurrence.frequency",
					"recurrence.frequency is one of " + Arrays.toString(Frequency.values())));
		if ((body.count() == null) == (body.until() == null)) {
			throw ApiException.validation("recurrence", "give the recurrence either a count or an until date");
		}
		if (body.count() != null && (body.count() < 1 || body.count() > Recurrence.MAX_OCCURRENCES)) {
			throw ApiException.validation("recurrence.count",
					"recurrence.count is between 1 and " + Recurrence.MAX_OCCURRENCES);
		}
		return Optional
			.of(new Recurrence(frequency, Optional.ofNullable(body.count()), Optional.ofNullable(body.until())));
	}

	private static Optional<Address> address(QuoteRequestBody.AddressBody body) {
		if (body == null) {
			return Optional.empty();
		}
		if ((body.lat() == null) != (body.lng() == null)) {
			throw ApiException.validation(body.lat() == null ? "address.lat" : "address.lng",
					"send both lat and lng, or neither");
		}
		Optional<Coordinates> coordinates = Optional.empty();
		if (body.lat() != null) {
			try {
				coordinates = Optional.of(new Coordinates(body.lat(), body.lng()));
			}
			catch (IllegalArgumentException outOfRange) {
				throw ApiException.validation("address.lat", outOfRange.getMessage());
			}
		}
		return Optional
			.of(new Address(body.line1(), body.city(), body.state(), body.postalCode(), body.country(), coordinates));
	}
}
