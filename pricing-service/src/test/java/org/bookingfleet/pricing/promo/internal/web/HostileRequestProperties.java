package org.bookingfleet.pricing.promo.internal.web;

import java.time.Instant;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.testsupport.HostileJson;

/**
 * Whatever JSON arrives, a promo code an admin describes is checked or refused as the
 * client's error, never a 500.
 */
class HostileRequestProperties {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	@Property(tries = 400)
	void aPromoCodeIsCheckedOrRefusedAsTheClientsError(@ForAll("promoCodes") String body) {
		HostileJson.bindAndCheck(body, PromoCodeBody.class, promo -> AdminPromoCodeController.promoCode(promo, NOW));
	}

	@Provide
	Arbitrary<String> promoCodes() {
		return HostileJson.bodies(PromoCodeBody.class);
	}

}
