package org.bookingfleet.booking.waitlist.internal.messaging;

import org.bookingfleet.booking.waitlist.internal.store.WaitlistOffers;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The line hears the availability service: a released slot is offered to the next in
 * line, a refused offer hold puts its entry back, a reserved offer hold books it. A
 * release or a reservation that cannot concern the line (nobody waits for the service,
 * the hold was no offer's) is passed over before any transaction.
 */
@Configuration
class WaitlistSubscriptions {

	@Bean
	EventSubscription waitlist(WaitlistOffers offers) {
		return EventSubscription.named("waitlist")
			.on(SlotReleased.class, released -> offers.concernedBy(released),
					(event, envelope) -> offers.released(event))
			.on(OfferHoldRefused.class, (event, envelope) -> offers.refused(event))
			.on(SlotReserved.class, reserved -> offers.concernedBy(reserved),
					(event, envelope) -> offers.reserved(event));
	}

}
