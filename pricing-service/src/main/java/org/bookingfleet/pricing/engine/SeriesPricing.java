package org.bookingfleet.pricing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;

/**
 * Prices every occurrence of a series as an appointment of its own, so an occurrence on a
 * weekend, after hours or at short notice carries that surcharge and the others do not.
 * One occurrence that cannot be priced refuses the series: it could not be booked at a
 * price either.
 */
public final class SeriesPricing {

	private SeriesPricing() {
	}

	public sealed interface Result {

	}

	public record Priced(List<PricedOccurrence> occurrences) implements Result {
		public Priced {
			occurrences = List.copyOf(occurrences);
			if (occurrences.isEmpty()) {
				throw new IllegalArgumentException("a priced series has at least one occurrence");
			}
		}

		public long totalCents() {
			return occurrences.stream().mapToLong(o -> o.breakdown().finalPriceCents()).sum();
		}

		public long depositRequiredCents() {
			return occurrences.stream().mapToLong(o -> o.breakdown().depositRequiredCents()).sum();
		}
	}

	public record Refused(int index, Instant start, PricingRefusal refusal) implements Result {
		public Refused {
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(refusal, "refusal");
		}
	}

	/**
	 * {@code request} prices the first start; every start gets the same place, party,
	 * duration and promo code.
	 */
	public static Result price(PricingEngine engine, ServiceDefinition service, TaxJurisdiction jurisdiction,
			PricingRequest request, List<Instant> starts) {
		List<PricedOccurrence> priced = new ArrayList<>(starts.size());
		for (int n = 0; n < starts.size(); n++) {
			Instant start = starts.get(n);
			PricingRequest occurrence = new PricingRequest(start, request.location(), request.attendees(),
					request.duration(), request.promo(), request.now());
			PricingResult result = engine.price(service, jurisdiction, occurrence);
			if (result instanceof PricingResult.Refused refused) {
				return new Refused(n, start, refused.refusal());
			}
			priced.add(new PricedOccurrence(n, start, ((PricingResult.Priced) result).breakdown()));
		}
		return new Priced(priced);
	}

}
