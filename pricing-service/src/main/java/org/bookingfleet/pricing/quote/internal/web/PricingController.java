package org.bookingfleet.pricing.quote.internal.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import org.bookingfleet.platform.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
class PricingController {

	private static final Set<String> ADDRESS_FIELDS = Set.of("line1", "city", "state", "postalCode", "country", "lat",
			"lng");

	private static final Set<String> RECURRENCE_FIELDS = Set.of("frequency", "count", "until");

	private final QuoteDesk desk;

	PricingController(QuoteDesk desk) {
		this.desk = desk;
	}

	@PostMapping("/api/v2/services/pricing")
	Mono<QuoteView> quote(@RequestBody QuoteRequestBody body) {
		return desk.quote(body);
	}

	/**
	 * The same request as query parameters; the address fields go flat
	 * ({@code postalCode}, {@code lat}, ...), and so do the recurrence's
	 * ({@code frequency}, {@code count}, {@code until}).
	 */
	@GetMapping("/api/v2/services/pricing")
	Mono<QuoteView> quote(@RequestParam Map<String, String> query) {
		return Mono.fromCallable(() -> fromQuery(query)).flatMap(desk::quote);
	}

	private static QuoteRequestBody fromQuery(Map<String, String> query) {
		boolean hasAddress = query.keySet().stream().anyMatch(ADDRESS_FIELDS::contains);
		QuoteRequestBody.AddressBody address = hasAddress ? new QuoteRequestBody.AddressBody(query.get("line1"),
				query.get("city"), query.get("state"), query.get("postalCode"), query.get("country"),
				decimal(query, "lat", "address.lat"), decimal(query, "lng", "address.lng")) : null;
		boolean recurs = query.keySet().stream().anyMatch(RECURRENCE_FIELDS::contains);
		QuoteRequestBody.RecurrenceBody recurrence = recurs ? new QuoteRequestBody.RecurrenceBody(
				query.get("frequency"), whole(query, "count", "recurrence.count"), date(query.get("until"))) : null;
		return new QuoteRequestBody(query.get("serviceId"), dateTime(query.get("scheduledDateTime")), address,
				whole(query, "attendees"), query.get("promoCode"), whole(query, "durationMinutes"),
				query.get("customerEmail"), recurrence);
	}

	private static LocalDate date(String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException malformed) {
			throw ApiException.validation("recurrence.until", "until is a date, like 2026-12-31");
		}
	}

	private static OffsetDateTime dateTime(String value) {
		try {
			return value == null ? null : OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException malformed) {
			throw ApiException.validation("scheduledDateTime", "scheduledDateTime is ISO-8601 with offset");
		}
	}

	private static Integer whole(Map<String, String> query, String name) {
		return whole(query, name, name);
	}

	private static Integer whole(Map<String, String> query, String name, String field) {
		try {
			return query.get(name) == null ? null : Integer.valueOf(query.get(name));
		}
		catch (NumberFormatException malformed) {
			throw ApiException.validation(field, name + " is a whole number");
		}
	}

	private static Double decimal(Map<String, String> query, String name, String field) {
		try {
			return query.get(name) == null ? null : Double.valueOf(query.get(name));
		}
		catch (NumberFormatException malformed) {
			throw ApiException.validation(field, name + " is a number");
		}
	}

}
