package org.bookingfleet.pricing.promo.internal.messaging;

import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.bookingfleet.pricing.promo.internal.store.PromoRedemptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedemptionSubscription {

	/**
	 * A confirmed booking redeems the promo code its quote applied; one without a code is
	 * passed over before any transaction (nothing recorded for it).
	 */
	@Bean
	EventSubscription promoRedemptionSubscription(PromoRedemptions redemptions) {
		return EventSubscription.named("promo-redemptions")
			.on(BookingConfirmed.class, null, PromoRedemptions::usedAPromoCode,
					(event, envelope) -> redemptions.redeemFor(event));
	}

}
