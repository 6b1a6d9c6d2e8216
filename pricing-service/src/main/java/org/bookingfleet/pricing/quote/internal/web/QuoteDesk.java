package org.bookingfleet.pricing.quote.internal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.platform.tokens.AddressKey;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.engine.EnteredPromo;
import org.bookingfleet.pricing.engine.PricingEngine;
import org.bookingfleet.pricing.engine.PricingRefusal.Reason;
import org.bookingfleet.pricing.engine.PricingRefusal;
import org.bookingfleet.pricing.engine.PricingRequest;
import org.bookingfleet.pricing.engine.PricingResult;
import org.bookingfleet.pricing.engine.SeriesPricing;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.geo.Placement;
import org.bookingfleet.pricing.quote.Quote;
import org.bookingfleet.pricing.quote.QuoteBinding;
import org.bookingfleet.pricing.quote.QuoteIssuer;
import org.bookingfleet.pricing.quote.internal.store.Quotes;
import org.bookingfleet.pricing.series.Recurrence;
import org.bookingfleet.pricing.series.SeriesSchedule;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Prices a request and keeps the quote: validate, load the service, its tax and the
 * promo, price (every occurrence of a series at its own start), sign, save.
 */
@Service
public class QuoteDesk {

	private final QuoteSources sources;

	private final Quotes quotes;

	private final PricingEngine engine;

	private final QuoteIssuer issuer;

	private final Clock clock;

	QuoteDesk(QuoteSources sources, Quotes quotes, PricingEngine engine, QuoteIssuer issuer, Clock clock) {
		this.sources = sources;
		this.quotes = quotes;
		this.engine = engine;
		this.issuer = issuer;
		this.clock = clock;
	}

	public Mono<QuoteView> quote(QuoteRequestBody body) {
		return Mono.fromCallable(() -> QuoteInput.of(body))
			.flatMap(input -> sources.service(input.serviceId())
				.filter(ServiceDefinition::active)
				.switchIfEmpty(Mono.error(
						() -> RefusalResponses.invalidService("no service " + input.serviceId() + " in the catalog")))
				.flatMap(service -> location(input, service)
					.flatMap(location -> sources.jurisdiction(service.taxJurisdiction())
						.zipWith(enteredPromo(input))
						.map(loaded -> price(input, service, location, loaded.getT1(), loaded.getT2())))
					.flatMap(quote -> quotes.save(quote, service.revision()))))
			.map(QuoteView::of);
	}

	private Mono<Optional<EnteredPromo>> enteredPromo(QuoteInput input) {
		if (input.promoCode().isEmpty()) {
			return Mono.just(Optional.empty());
		}
		String entered = input.promoCode().get();
		return sources.promoCode(entered)
			.flatMap(promo -> sources.usage(promo.code(), input.customerEmail())
				.map(usage -> Optional.of(EnteredPromo.of(promo, usage))))
			.defaultIfEmpty(Optional.of(EnteredPromo.unknown(entered)));
	}

	/**
	 * Where a service that travels goes: the address placed, or the request refused
	 * naming what to correct.
	 */
	private Mono<Optional<Coordinates>> location(QuoteInput input, ServiceDefinition service) {
		if (!service.travels()) {
			return Mono.just(Optional.empty());
		}
		if (input.address().isEmpty()) {
			return Mono.error(RefusalResponses.of(PricingRefusal.of(Reason.LOCATION_REQUIRED,
					service.name() + " comes to the customer: an address is needed")));
		}
		return sources.place(input.address().get()).map(placement -> {
			if (placement instanceof Placement.Unplaced unplaced) {
				throw RefusalResponses.addressUnresolvable(unplaced);
			}
			return Optional.of(((Placement.Placed) placement).coordinates());
		});
	}

	private Quote price(QuoteInput input, ServiceDefinition service, Optional<Coordinates> location,
			TaxJurisdiction jurisdiction, Optional<EnteredPromo> promo) {
		Instant now = clock.instant();
		PricingRequest request = new PricingRequest(input.start(), location, input.attendees(), input.duration(), promo,
				now);
		PricingResult result = engine.price(service, jurisdiction, request);
		if (result instanceof PricingResult.Refused refused) {
			throw RefusalResponses.of(refused.refusal());
		}
		Duration duration = PricingEngine.pricedDuration(service, request);
		QuoteBinding binding = binding(input, promo);
		if (input.recurrence().isPresent()) {
			return series(input, input.recurrence().get(), service, jurisdiction, request, duration, binding);
		}
		return issuer.issue(UUID.randomUUID().toString(), ((PricingResult.Priced) result).breakdown(), input.start(),
				input.attendees(), duration, binding, now);
	}

	/**
	 * The address exactly as the request gave it (in the key the booking service computes
	 * from the booking's), the customer, and the limits of the promo code applied (a
	 * refused code refuses the quote, so a priced one applied).
	 */
	private static QuoteBinding binding(QuoteInput input, Optional<EnteredPromo> promo) {
		Optional<String> addressKey = input.address()
			.map(address -> AddressKey.of(address.line1(), address.city(), address.state(), address.postalCode(),
					address.country(), address.coordinates().map(Coordinates::latitude).orElse(null),
					address.coordinates().map(Coordinates::longitude).orElse(null)));
		return QuoteBinding.of(addressKey, input.customerEmail(), promo.flatMap(EnteredPromo::found));
	}

	/**
	 * Every occurrence priced at its own start, in the service's zone, as the booking
	 * service will expand it.
	 */
	private Quote series(QuoteInput input, Recurrence recurrence, ServiceDefinition service,
			TaxJurisdiction jurisdiction, PricingRequest first, Duration duration, QuoteBinding binding) {
		List<Instant> starts = SeriesSchedule.starts(recurrence, input.start(), service.timeZone());
		if (starts.isEmpty()) {
			throw ApiException.validation("recurrence.until",
					"recurrence.until is not before the first occurrence, " + "in " + service.timeZone());
		}
		SeriesPricing.Result result = SeriesPricing.price(engine, service, jurisdiction, first, starts);
		if (result instanceof SeriesPricing.Refused refused) {
			throw RefusalResponses.ofOccurrence(refused.refusal(), refused.index(), refused.start());
		}
		return issuer.issueSeries(UUID.randomUUID().toString(), recurrence,
				((SeriesPricing.Priced) result).occurrences(), input.attendees(), duration, binding, first.now());
	}

}
