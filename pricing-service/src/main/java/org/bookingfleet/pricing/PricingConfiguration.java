package org.bookingfleet.pricing;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.pricing.catalog.store.CatalogReads;
import org.bookingfleet.pricing.engine.PricingEngine;
import org.bookingfleet.pricing.promo.store.PromoRedemptions;
import org.bookingfleet.pricing.quote.QuoteIssuer;
import org.bookingfleet.pricing.quote.token.QuoteSigner;
import org.bookingfleet.pricing.quote.SigningKey;
import org.bookingfleet.pricing.quote.SigningKeys;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class PricingConfiguration {

	@Bean
	PricingEngine pricingEngine() {
		return new PricingEngine();
	}

	@Bean
	QuoteSigner quoteSigner(QuoteProperties properties) {
		if (properties.activeKeyId() == null || !properties.keys().containsKey(properties.activeKeyId())) {
			throw new IllegalStateException("pricing.quotes.active-key-id must name one of pricing.quotes.keys");
		}
		List<SigningKey> keys = properties.keys().entrySet().stream().map(PricingConfiguration::signingKey).toList();
		SigningKey active = keys.stream()
			.filter(key -> key.id().equals(properties.activeKeyId()))
			.findFirst()
			.orElseThrow();
		return new QuoteSigner(new SigningKeys(active, keys));
	}

	@Bean
	QuoteIssuer quoteIssuer(QuoteSigner signer, QuoteProperties properties) {
		return new QuoteIssuer(signer, properties.lifetime());
	}

	@Bean
	EventSubscription promoRedemptionSubscription(PromoRedemptions redemptions) {
		return EventSubscription.named("promo-redemptions")
			.on(BookingConfirmed.class, (event, envelope) -> redemptions.redeemFor(event));
	}

	/**
	 * Every instance hears every catalog change, wherever it was made, and forgets what
	 * it had cached.
	 */
	@Bean
	EventSubscription catalogCacheEviction(CatalogReads catalog) {
		return EventSubscription.named("catalog-cache")
			.perInstance()
			.on(ServiceDefined.class, (event, envelope) -> evict(catalog, event.service().serviceId()))
			.on(ServiceChanged.class, (event, envelope) -> evict(catalog, event.service().serviceId()));
	}

	private static Mono<Void> evict(CatalogReads catalog, String serviceId) {
		return Mono.fromRunnable(() -> catalog.evict(serviceId));
	}

	private static SigningKey signingKey(Map.Entry<String, String> entry) {
		return new SigningKey(entry.getKey(), Base64.getDecoder().decode(entry.getValue()));
	}

}
