package org.bookingfleet.booking.waitlisting;

import java.time.Duration;
import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.waitlist.WaitlistRules;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.platform.PeriodicWork;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

@Configuration
class WaitlistConfiguration {

	/**
	 * How long an offer holds its slot for the customer offered it; 15 minutes unless
	 * configured.
	 */
	@Bean
	WaitlistRules waitlistRules(@Value("${booking.waitlist.offer-window:15m}") Duration offerWindow) {
		return WaitlistRules.holdingFor(offerWindow);
	}

	@Bean
	EventSubscription waitlist(WaitlistOffers offers) {
		return EventSubscription.named("waitlist")
			.on(SlotReleased.class, (event, envelope) -> offers.released(event))
			.on(OfferHoldRefused.class, (event, envelope) -> offers.refused(event))
			.on(SlotReserved.class, (event, envelope) -> offers.reserved(event));
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
