package org.bookingfleet.pricing.quote.internal.web;

import java.util.Optional;

import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.geo.Address;
import org.bookingfleet.pricing.geo.Placement;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoUsage;
import reactor.core.publisher.Mono;

/**
 * What a quote reads from the features it prices with: the catalog's service and tax
 * jurisdiction, the promo code entered and how much it was used, and where the address
 * is. Those features keep their own stores; the service's configuration
 * ({@code PricingConfiguration}) joins them to the quote.
 */
public interface QuoteSources {

	/** The catalog's service of that id, active or not; empty when there is none. */
	Mono<ServiceDefinition> service(String id);

	Mono<TaxJurisdiction> jurisdiction(String code);

	/** The promo code as the customer entered it; empty when there is none. */
	Mono<PromoCode> promoCode(String enteredCode);

	/** How often the code was redeemed, in all and by the customer. */
	Mono<PromoUsage> usage(String code, Optional<String> customer);

	Mono<Placement> place(Address address);

}
