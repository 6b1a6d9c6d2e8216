package org.bookingfleet.pricing.promo.internal.messaging;

import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.bookingfleet.pricing.promo.internal.store.PromoRedemptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedemptionSubscription {

	/** A confirmed booking redeems the promo code its quote applied. */
	@Bean
	EventSubscription promoRedemptionSubscription(PromoRedemptions redemptions) {
		return EventSubscription.named("promo-redemptions")
			.on(BookingConfirmed.class, (event, envelope) -> redemptions.redeemFor(event));
	}

}
