package org.bookingfleet.pricing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bookingfleet.pricing.geo.Coordinates;

/**
 * What a quote is asked for: when, where (already located), for how many, for how long
 * (hourly services only), with which promo code, and the moment of asking.
 */
public record PricingRequest(Instant start, Optional<Coordinates> location, int attendees, Optional<Duration> duration,
		Optional<EnteredPromo> promo, Instant now) {

	public PricingRequest {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(now, "now");
		location = location == null ? Optional.empty() : location;
		duration = duration == null ? Optional.empty() : duration;
		promo = promo == null ? Optional.empty() : promo;
	}
}
