package org.bookingfleet.booking.bookings.internal.messaging;

import org.bookingfleet.booking.bookings.internal.store.BookingNotarizations;
import org.bookingfleet.booking.notarization.Notarization;
import org.bookingfleet.events.integration.NotarizationStatusChanged;
import org.bookingfleet.events.integration.RonSessionCreated;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The booking hears its remote online notarization: created when Proof made the
 * transaction, then each status Proof's webhooks moved it to. Both travel keyed by the
 * booking, so they arrive in order; each delivery is applied once.
 */
@Configuration
class NotarizationSubscriptions {

	static final String CREATED = "CREATED";

	@Bean
	EventSubscription notarization(BookingNotarizations notarizations) {
		return EventSubscription.named("notarization")
			.on(RonSessionCreated.class,
					(event, envelope) -> notarizations.heard(event.bookingId(), event.sessionId(),
							new Notarization(CREATED, envelope.time())))
			.on(NotarizationStatusChanged.class, (event, envelope) -> notarizations.heard(event.bookingId(),
					event.transactionId(), new Notarization(event.status(), event.at())));
	}

}
