package org.bookingfleet.booking.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.bookingfleet.booking.lifecycle.BookingStatus;

class AnalyticsProperties {

	private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-04-01T00:00:00Z");

	/** The tax in an amount is its price's share of tax, and net + tax is the amount. */
	@Property
	void netAndTaxAddUpToTheAmountAndTheTaxKeepsThePricesShare(
			@ForAll @LongRange(min = 0, max = 100_000_000_000L) long amount,
			@ForAll @LongRange(min = 0, max = 100_000_000L) long taxes,
			@ForAll @LongRange(min = 1, max = 100_000_000L) long price) {
		TaxSplit split = TaxSplit.of(amount, taxes, price);

		assertThat(split.netCents() + split.taxCents()).isEqualTo(amount);
		assertThat(split.taxCents()).isBetween(0L, amount);
		double exact = (double) amount * Math.min(taxes, price) / price;
		assertThat((double) split.taxCents()).isCloseTo(exact,
				org.assertj.core.data.Offset.offset(0.5 + exact * 1e-12));
	}

	/**
	 * Revenue per currency is the sum of what each booking keeps, the days add up to it,
	 * and cancelled, rejected and expired bookings never make a service popular.
	 */
	@Property
	void theFiguresAddUpAndOnlyLiveOrFinishedBookingsArePopular(
			@ForAll("facts") @Size(max = 40) List<BookingFact> facts) {
		BookingAnalytics analytics = BookingAnalytics.of(facts, FROM, TO, 100);

		for (String currency : List.of("USD", "EUR")) {
			long kept = facts.stream()
				.filter(fact -> fact.currency().equals(currency))
				.mapToLong(BookingFact::paidCents)
				.sum();
			Revenue revenue = analytics.revenueByCurrency().getOrDefault(currency, Revenue.NONE);
			assertThat(revenue.totalCents()).isEqualTo(kept);
			assertThat(revenue.netCents() + revenue.taxCents()).isEqualTo(kept);
			assertThat(analytics.revenueCentsByCurrency().getOrDefault(currency, 0L)).isEqualTo(kept);
			assertThat(analytics.revenueByDay()
				.stream()
				.filter(day -> day.currency().equals(currency))
				.mapToLong(Revenue.OfDay::totalCents)
				.sum()).isEqualTo(kept);
		}
		long popular = analytics.popularServices().stream().mapToLong(BookingAnalytics.ServiceCount::bookings).sum();
		assertThat(popular).isEqualTo(facts.stream()
			.filter(fact -> fact.status() != BookingStatus.CANCELLED && fact.status() != BookingStatus.REJECTED
					&& fact.status() != BookingStatus.EXPIRED)
			.count());
		assertThat(analytics.totalsByStatus().values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(facts.size());
	}

	@Provide
	Arbitrary<List<BookingFact>> facts() {
		Arbitrary<BookingFact> fact = Combinators
			.combine(Arbitraries.of("cut", "beard", "notary"), Arbitraries.of(BookingStatus.class),
					Arbitraries.longs()
						.between(0, Instant.parse("2026-03-31T23:59:59Z").getEpochSecond() - FROM.getEpochSecond()),
					Arbitraries.of("America/Chicago", "Europe/London", "Asia/Kolkata", "Pacific/Auckland"),
					Arbitraries.of("USD", "EUR"), Arbitraries.longs().between(1, 1_000_000),
					Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 100))
			.as((service, status, second, zone, currency, price, taxPercent, paidPercent) -> {
				long taxes = price * taxPercent / 130;
				long paid = price * paidPercent / 100;
				return new BookingFact(service, status, FROM.plusSeconds(second), ZoneId.of(zone), currency, price,
						taxes, paid, price - paid);
			});
		return fact.list().map(ArrayList::new);
	}

}
