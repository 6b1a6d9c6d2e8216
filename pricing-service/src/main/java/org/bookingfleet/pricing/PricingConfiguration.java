package org.bookingfleet.pricing;

import java.util.Optional;

import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.catalog.internal.store.CatalogReads;
import org.bookingfleet.pricing.engine.PricingEngine;
import org.bookingfleet.pricing.geo.Address;
import org.bookingfleet.pricing.geo.Placement;
import org.bookingfleet.pricing.geo.internal.geocoder.Geocoding;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoUsage;
import org.bookingfleet.pricing.promo.internal.store.PromoCodes;
import org.bookingfleet.pricing.quote.internal.web.QuoteSources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The service's wiring: the pricing engine, and the quote joined to the features it
 * prices with (the catalog, promo codes, the geocoder), each of which keeps its own
 * adapters.
 */
@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

	@Bean
	PricingEngine pricingEngine() {
		return new PricingEngine();
	}

	@Bean
	QuoteSources quoteSources(CatalogReads catalog, PromoCodes promoCodes, Geocoding geocoding) {
		return new QuoteSources() {

			@Override
			public Mono<ServiceDefinition> service(String id) {
				return catalog.service(id);
			}

			@Override
			public Mono<TaxJurisdiction> jurisdiction(String code) {
				return catalog.jurisdiction(code);
			}

			@Override
			public Mono<PromoCode> promoCode(String enteredCode) {
				return promoCodes.find(enteredCode);
			}

			@Override
			public Mono<PromoUsage> usage(String code, Optional<String> customer) {
				return promoCodes.usage(code, customer);
			}

			@Override
			public Mono<Placement> place(Address address) {
				return geocoding.place(address);
			}

		};
	}

}
