package org.bookingfleet.booking.waitlist.internal.store;

import java.time.Duration;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.waitlist.WaitlistRules;
import org.bookingfleet.platform.PeriodicWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** How long an offer lasts, and the sweep that closes the offers that lapsed. */
@Configuration
class WaitlistOfferTerms {

	/**
	 * How long an offer holds its slot for the customer offered it; 15 minutes unless
	 * configured.
	 */
	@Bean
	WaitlistRules waitlistRules(@Value("${booking.waitlist.offer-window:15m}") Duration offerWindow) {
		return WaitlistRules.holdingFor(offerWindow);
	}

	/**
	 * Offers that lapsed close; their slot passes to the next in line when the
	 * availability service releases its hold.
	 */
	@Bean
	PeriodicWork lapsedOfferSweep(WaitlistOffers offers, BookingSettings settings) {
		return new PeriodicWork("waitlist offer sweep", settings.sweepInterval()) {
			@Override
			protected Mono<?> runOnce() {
				return offers.sweep();
			}
		};
	}

}
