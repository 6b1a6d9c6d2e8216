package org.bookingfleet.pricing.quote;

/**
 * The figures a token vouches for about one price, as the public API names them: a
 * quote's, and in a series quote every occurrence's. Tokens carry them as one run of
 * members in this order.
 */
interface PriceFigures {

	long basePriceCents();

	long travelFeeCents();

	long timeSurchargeCents();

	long emergencyFeeCents();

	long promoDiscountCents();

	long taxesCents();

	long finalPriceCents();

	long depositRequiredCents();

	/** Appends the price's figures to the claims, in the order tokens carry them. */
	static TokenClaims writeInto(TokenClaims claims, PriceFigures price) {
		return claims.with("basePriceCents", price.basePriceCents())
			.with("travelFeeCents", price.travelFeeCents())
			.with("timeSurchargeCents", price.timeSurchargeCents())
			.with("emergencyFeeCents", price.emergencyFeeCents())
			.with("promoDiscountCents", price.promoDiscountCents())
			.with("taxesCents", price.taxesCents())
			.with("finalPriceCents", price.finalPriceCents())
			.with("depositRequiredCents", price.depositRequiredCents());
	}

}
