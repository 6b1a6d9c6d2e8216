package org.bookingfleet.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.catalog.DepositRule;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.PriceModel;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.ServiceHours;
import org.bookingfleet.pricing.catalog.Surcharges;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.geo.GreatCircle;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoDiscount;
import org.bookingfleet.pricing.promo.PromoUsage;

/**
 * Pricing invariants over the demo services with random prices, surcharges, deposits, tax
 * rates, promo codes, times and places. Breakdown lines are signed (the promo line is the
 * only negative one); the figures the public API reports are all non-negative.
 */
class PricingProperties {

	private static final List<LineCode> CHARGES = List.of(LineCode.BASE, LineCode.TRAVEL, LineCode.WEEKEND,
			LineCode.AFTER_HOURS, LineCode.EMERGENCY);

	record PricingCase(ServiceDefinition service, TaxJurisdiction jurisdiction, PricingRequest request) {
	}

	@Property(tries = 400)
	void linesSumToTheTotal(@ForAll("cases") PricingCase pricing) {
		PriceBreakdown quote = priced(pricing);

		long lineSum = quote.lines()
			.stream()
			.filter(line -> line.code() != LineCode.DEPOSIT)
			.mapToLong(line -> line.amount().cents())
			.sum();
		assertThat(quote.finalPriceCents()).isEqualTo(lineSum);
		assertThat(quote.basePriceCents() + quote.travelFeeCents() + quote.timeSurchargeCents()
				+ quote.emergencyFeeCents() - quote.promoDiscountCents() + quote.taxesCents())
			.isEqualTo(quote.finalPriceCents());
	}

	@Property(tries = 400)
	void noAmountIsNegative(@ForAll("cases") PricingCase pricing) {
		PriceBreakdown quote = priced(pricing);

		assertThat(List.of(quote.basePriceCents(), quote.travelFeeCents(), quote.timeSurchargeCents(),
				quote.emergencyFeeCents(), quote.promoDiscountCents(), quote.taxesCents(), quote.finalPriceCents(),
				quote.depositRequiredCents()))
			.allSatisfy(figure -> assertThat(figure).isNotNegative());
		assertThat(quote.lines()).allSatisfy(line -> {
			if (line.code() == LineCode.PROMO) {
				assertThat(line.amount().cents()).isNotPositive();
			}
			else {
				assertThat(line.amount().cents()).isNotNegative();
			}
		});
		assertThat(quote.depositRequiredCents()).isLessThanOrEqualTo(quote.finalPriceCents());
	}

	@Property(tries = 400)
	void discountNeverExceedsTheSubtotal(@ForAll("cases") PricingCase pricing) {
		PriceBreakdown quote = priced(pricing);

		assertThat(quote.promoDiscountCents()).isLessThanOrEqualTo(quote.subtotalCents());
	}

	@Property(tries = 200)
	void sameInputGivesTheSameQuote(@ForAll("cases") PricingCase pricing) {
		PricingResult first = new PricingEngine().price(pricing.service(), pricing.jurisdiction(), pricing.request());
		PricingResult second = new PricingEngine().price(pricing.service(), pricing.jurisdiction(), pricing.request());

		assertThat(second).isEqualTo(first);
	}

	@Property(tries = 300)
	void linesFollowTheirFixedOrderAndEachCodeAppearsOnce(@ForAll("cases") PricingCase pricing) {
		List<LineCode> codes = priced(pricing).lines().stream().map(BreakdownLine::code).toList();

		assertThat(codes).doesNotHaveDuplicates().isSorted().startsWith(LineCode.BASE);
	}

	private static PriceBreakdown priced(PricingCase pricing) {
		PricingResult result = new PricingEngine().price(pricing.service(), pricing.jurisdiction(), pricing.request());
		Assume.that(result instanceof PricingResult.Priced);
		return ((PricingResult.Priced) result).breakdown();
	}

	@Provide
	Arbitrary<PricingCase> cases() {
		return Arbitraries.of(DemoCatalog.services()).flatMap(this::casesFor);
	}

	private Arbitrary<PricingCase> casesFor(ServiceDefinition demo) {
		Money zero = Money.zero(demo.currency());
		Arbitrary<Money> amounts = Arbitraries.longs()
			.between(0, 2_000_000)
			.map(cents -> new Money(cents, demo.currency()));
		Arbitrary<Money> smallAmounts = Arbitraries.longs()
			.between(0, 10_000)
			.map(cents -> new Money(cents, demo.currency()));
		Arbitrary<Percentage> percentages = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, BigDecimal.valueOf(100))
			.ofScale(3)
			.map(Percentage::new);
		Arbitrary<DepositRule> deposits = Arbitraries.oneOf(Arbitraries.just(DepositRule.none()),
				amounts.filter(amount -> !amount.isZero()).map(DepositRule.FixedAmount::new),
				percentages.map(DepositRule.PercentOfTotal::new));
		Arbitrary<Surcharges> surcharges = Arbitraries.integers()
			.between(0, 48)
			.flatMap(noticeHours -> smallAmounts.list()
				.ofSize(3)
				.map(fees -> new Surcharges(fees.get(0), fees.get(1), fees.get(2), Duration.ofHours(noticeHours))));
		Arbitrary<TaxJurisdiction> taxes = Arbitraries.bigDecimals()
			.between(BigDecimal.ZERO, BigDecimal.valueOf(30))
			.ofScale(3)
			.flatMap(rate -> Arbitraries.subsetOf(CHARGES)
				.map(lines -> new TaxJurisdiction(demo.taxJurisdiction(), "Tax", new Percentage(rate),
						lines.isEmpty() ? Set.of() : EnumSet.copyOf(lines), 1)));
		Arbitrary<Instant> nows = Arbitraries.longs()
			.between(0, 365L * 24 * 60)
			.map(minutes -> Instant.parse("2026-06-01T00:00:00Z").plus(Duration.ofMinutes(minutes)));
		Arbitrary<Integer> daysAhead = Arbitraries.integers().between(1, 30);
		Arbitrary<Integer> minutesIntoWindow = Arbitraries.integers().between(0, 24 * 60 - 1);
		Arbitrary<Integer> attendees = Arbitraries.integers().between(demo.minimumAttendees(), demo.maximumAttendees());
		Arbitrary<Optional<Duration>> durations = demo.priceModel() instanceof PriceModel.Hourly hourly
				? Arbitraries.longs()
					.between(hourly.minimum().toMinutes() / 30, hourly.maximum().toMinutes() / 30)
					.map(halfHours -> Optional.of(Duration.ofMinutes(halfHours * 30)))
				: Arbitraries.just(Optional.empty());
		Arbitrary<Optional<Coordinates>> locations = demo.serviceArea()
			.map(area -> Arbitraries.doubles()
				.between(0, area.extendedRadiusMiles())
				.flatMap(miles -> Arbitraries.doubles()
					.between(0, 360)
					.map(bearing -> Optional.of(destination(area.centre(), miles, bearing)))))
			.orElse(Arbitraries.just(Optional.empty()));
		Arbitrary<PromoDiscount> percentOff = percentages.map(PromoDiscount.PercentOff::new);
		Arbitrary<PromoDiscount> amountOff = amounts.map(PromoDiscount.AmountOff::new);
		Arbitrary<Optional<PromoDiscount>> promos = Arbitraries.oneOf(percentOff, amountOff).optional(0.6);

		return Builders.withBuilder(() -> new CaseBuilder(demo, zero))
			.use(amounts)
			.in(CaseBuilder::price)
			.use(deposits)
			.in(CaseBuilder::deposit)
			.use(surcharges)
			.in(CaseBuilder::surcharges)
			.use(taxes)
			.in(CaseBuilder::tax)
			.use(nows)
			.in(CaseBuilder::now)
			.use(daysAhead)
			.in(CaseBuilder::daysAhead)
			.use(minutesIntoWindow)
			.in(CaseBuilder::minutesIntoWindow)
			.use(attendees)
			.in(CaseBuilder::attendees)
			.use(durations)
			.in(CaseBuilder::duration)
			.use(locations)
			.in(CaseBuilder::location)
			.use(promos)
			.in(CaseBuilder::promo)
			.build(CaseBuilder::build);
	}

	static Coordinates destination(Coordinates from, double miles, double bearingDegrees) {
		double angular = miles / GreatCircle.EARTH_MEAN_RADIUS_MILES;
		double bearing = Math.toRadians(bearingDegrees);
		double lat1 = Math.toRadians(from.latitude());
		double lng1 = Math.toRadians(from.longitude());
		double lat2 = Math
			.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
		double lng2 = lng1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
				Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
		return new Coordinates(Math.toDegrees(lat2), Math.toDegrees(lng2));
	}

	private static final class CaseBuilder {

		private final ServiceDefinition demo;

		private Money price;

		private DepositRule deposit;

		private Surcharges surcharges;

		private TaxJurisdiction tax;

		private Instant now;

		private int daysAhead;

		private int minutesIntoWindow;

		private int attendees;

		private Optional<Duration> duration;

		private Optional<Coordinates> location;

		private Optional<PromoDiscount> promo;

		CaseBuilder(ServiceDefinition demo, Money zero) {
			this.demo = demo;
			this.price = zero;
		}

		CaseBuilder price(Money value) {
			price = value;
			return this;
		}

		CaseBuilder deposit(DepositRule value) {
			deposit = value;
			return this;
		}

		CaseBuilder surcharges(Surcharges value) {
			surcharges = value;
			return this;
		}

		CaseBuilder tax(TaxJurisdiction value) {
			tax = value;
			return this;
		}

		CaseBuilder now(Instant value) {
			now = value;
			return this;
		}

		CaseBuilder daysAhead(int value) {
			daysAhead = value;
			return this;
		}

		CaseBuilder minutesIntoWindow(int value) {
			minutesIntoWindow = value;
			return this;
		}

		/**
		 * A start inside the service's bookable hours, so that most cases are priced
		 * rather than refused.
		 */
		private Instant start() {
			LocalTime opens = LocalTime.MIDNIGHT;
			int windowMinutes = 24 * 60;
			if (demo.hours() instanceof ServiceHours.Windows windows) {
				opens = windows.bookable().opens();
				windowMinutes = (int) Duration.between(opens, windows.bookable().closes()).toMinutes();
			}
			LocalDate day = now.atZone(demo.timeZone()).toLocalDate().plusDays(daysAhead);
			return day.atTime(opens.plusMinutes(minutesIntoWindow % windowMinutes)).atZone(demo.timeZone()).toInstant();
		}

		CaseBuilder attendees(int value) {
			attendees = value;
			return this;
		}

		CaseBuilder duration(Optional<Duration> value) {
			duration = value;
			return this;
		}

		CaseBuilder location(Optional<Coordinates> value) {
			location = value;
			return this;
		}

		CaseBuilder promo(Optional<PromoDiscount> value) {
			promo = value;
			return this;
		}

		PricingCase build() {
			PriceModel model = demo.priceModel() instanceof PriceModel.PerAttendee perAttendee
					? new PriceModel.PerAttendee(price, perAttendee.minimumAttendees(), perAttendee.maximumAttendees())
					: demo.priceModel() instanceof PriceModel.Hourly hourly
							? new PriceModel.Hourly(price, hourly.minimum(), hourly.maximum(), hourly.increment())
							: new PriceModel.Fixed(price);
			ServiceDefinition service = new ServiceDefinition(demo.id(), demo.businessId(), demo.name(),
					demo.description(), demo.type(), demo.duration(), demo.capacity(), demo.maxSigners(),
					demo.maxDocuments(), model, deposit, demo.serviceArea(), demo.hours(), demo.timeZone(),
					demo.currency(), demo.taxJurisdiction(), surcharges, demo.buffers(), demo.minimumNotice(), 1, true);
			Optional<EnteredPromo> entered = promo.map(
					discount -> EnteredPromo.of(
							new PromoCode("PROPERTY", discount, now.minusSeconds(60), now.plusSeconds(60),
									Optional.empty(), Set.of(), OptionalLong.empty(), OptionalLong.empty(), 1),
							PromoUsage.unused()));
			return new PricingCase(service, tax,
					new PricingRequest(start(), location, attendees, duration, entered, now));
		}

	}

}
