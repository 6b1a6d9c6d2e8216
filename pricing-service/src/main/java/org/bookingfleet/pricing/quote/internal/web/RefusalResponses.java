package org.bookingfleet.pricing.quote.internal.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.engine.PricingRefusal;
import org.bookingfleet.pricing.geo.Placement;
import org.springframework.http.HttpStatus;

/**
 * The error envelope for each reason the engine refuses a price (see
 * docs/pricing-rules.md).
 */
final class RefusalResponses {

	private RefusalResponses() {
	}

	static ApiException of(PricingRefusal refusal) {
		String field = refusal.reason().field().orElse(null);
		return switch (refusal.reason()) {
			case SERVICE_INACTIVE -> invalidService(refusal.message());
			case ATTENDEES_OUT_OF_RANGE, DURATION_NOT_OFFERED, LOCATION_REQUIRED ->
				ApiException.validation(field, refusal.message());
			case START_IN_THE_PAST, NOTICE_TOO_SHORT, BEYOND_BOOKING_HORIZON, OUTSIDE_SERVICE_HOURS ->
				new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "POLICY_VIOLATION", refusal.message(), field,
						Map.of("reason", refusal.reason().name()));
			case OUT_OF_SERVICE_AREA -> new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "OUT_OF_SERVICE_AREA",
					refusal.message(), field, Map.of("reason", "BEYOND_EXTENDED_RADIUS"));
			case PROMO_INVALID -> new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "PROMO_INVALID", refusal.message(),
					field, Map.of("reason", refusal.promoRefusal().map(Enum::name).orElse("UNKNOWN")));
		};
	}

	/**
	 * A later occurrence of a series that cannot be priced: the same code as for a single
	 * appointment, laid on the recurrence, with the occurrence's index and start in the
	 * details.
	 */
	static ApiException ofOccurrence(PricingRefusal refusal, int index, Instant start) {
		ApiException single = of(refusal);
		Map<String, Object> details = new LinkedHashMap<>(single.details());
		details.put("reason", refusal.reason().name());
		details.put("occurrence", index);
		details.put("scheduledDateTime", start.toString());
		return new ApiException(single.status(), single.code(),
				"occurrence " + index + " of the series, at " + start + ": " + refusal.message(), "recurrence",
				details);
	}

	static ApiException invalidService(String message) {
		return new ApiException(HttpStatus.NOT_FOUND, "INVALID_SERVICE", message, "serviceId", Map.of());
	}

	/**
	 * The field is the one to correct: {@code address.postalCode},
	 * {@code address.country} or {@code address}.
	 */
	static ApiException addressUnresolvable(Placement.Unplaced unplaced) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "OUT_OF_SERVICE_AREA",
				"the address cannot be placed on the map: " + unplaced.message(), unplaced.field(),
				Map.of("reason", "ADDRESS_UNRESOLVABLE"));
	}

}
