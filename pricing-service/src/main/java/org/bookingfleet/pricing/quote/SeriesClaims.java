package org.bookingfleet.pricing.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bookingfleet.pricing.series.Frequency;
import org.bookingfleet.pricing.series.Recurrence;

/**
 * What a series quote vouches for beyond its first occurrence: the recurrence it priced
 * and every occurrence's own price, in order. The first occurrence's figures are also the
 * quote's top-level figures.
 */
public record SeriesClaims(Recurrence recurrence, List<OccurrenceClaims> occurrences) {

	public SeriesClaims {
		Objects.requireNonNull(recurrence, "recurrence");
		occurrences = List.copyOf(occurrences);
		if (occurrences.isEmpty()) {
			throw new IllegalArgumentException("a series quote prices at least one occurrence");
		}
		if (occurrences.size() > Recurrence.MAX_OCCURRENCES) {
			throw new IllegalArgumentException("a series quote prices at most " + Recurrence.MAX_OCCURRENCES);
		}
	}

	public long totalCents() {
		return occurrences.stream().mapToLong(OccurrenceClaims::finalPriceCents).sum();
	}

	public long depositRequiredCents() {
		return occurrences.stream().mapToLong(OccurrenceClaims::depositRequiredCents).sum();
	}

	void writeInto(TokenClaims claims) {
		TokenClaims asked = TokenClaims.empty().with("frequency", recurrence.frequency().name());
		if (recurrence.count().isPresent()) {
			asked.with("count", (long) recurrence.count().get());
		}
		else {
			asked.with("count", (String) null);
		}
		asked.with("until", recurrence.until().map(LocalDate::toString).orElse(null));
		claims.with("recurrence", asked)
			.with("occurrences", occurrences.stream().map(OccurrenceClaims::toClaims).toList());
	}

	/**
	 * No series when neither claim is there; malformed when only one is or either is of
	 * the wrong kind.
	 */
	static Optional<SeriesClaims> readFrom(TokenClaims claims) {
		if (!claims.has("recurrence") && !claims.has("occurrences")) {
			return Optional.empty();
		}
		TokenClaims asked = claims.object("recurrence").orElseThrow(() -> new IllegalArgumentException("recurrence"));
		Frequency frequency = Frequency.valueOf(QuoteClaims.text(asked, "frequency"));
		Optional<Integer> count = asked.number("count").map(Math::toIntExact);
		Optional<LocalDate> until = asked.string("until").map(LocalDate::parse);
		List<OccurrenceClaims> occurrences = claims.objects("occurrences")
			.orElseThrow(() -> new IllegalArgumentException("occurrences"))
			.stream()
			.map(OccurrenceClaims::read)
			.toList();
		return Optional.of(new SeriesClaims(new Recurrence(frequency, count, until), occurrences));
	}
}
