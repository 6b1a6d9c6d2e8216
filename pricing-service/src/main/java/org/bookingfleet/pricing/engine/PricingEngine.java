package org.bookingfleet.pricing.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.PriceModel;
import org.bookingfleet.pricing.catalog.ServiceArea;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.engine.PricingRefusal.Reason;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoOutcome;
import org.bookingfleet.pricing.promo.PromoRefusal;

/**
 * Prices one appointment of one service: a pure function of the service, its tax
 * jurisdiction and the request. Lines in order: base, travel, weekend, after hours,
 * emergency, promo, tax, then the deposit (inside the total).
 */
public final class PricingEngine {

	/**
	 * No service is priced further ahead than this: prices, taxes and promo codes change
	 * within it.
	 */
	public static final Duration BOOKING_HORIZON = Duration.ofDays(731);

	public PricingResult price(ServiceDefinition service, TaxJurisdiction jurisdiction, PricingRequest request) {
		if (!service.taxJurisdiction().equals(jurisdiction.code())) {
			throw new IllegalArgumentException(
					service.id() + " is taxed in " + service.taxJurisdiction() + ", not " + jurisdiction.code());
		}
		Duration duration = pricedDuration(service, request);
		Optional<PricingRefusal> refusal = admission(service, request, duration);
		if (refusal.isPresent()) {
			return new PricingResult.Refused(refusal.get());
		}
		Money zero = Money.zero(service.currency());
		List<BreakdownLine> charges = new ArrayList<>();
		charges.add(BasePrice.line(service, request.attendees(), duration));
		if (service.serviceArea().isPresent()) {
			ServiceArea area = service.serviceArea().get();
			Optional<Coordinates> location = request.location();
			if (location.isEmpty()) {
				return refused(Reason.LOCATION_REQUIRED,
						service.name() + " comes to the customer: an address is needed");
			}
			BigDecimal miles = TravelFee.distanceMiles(area, location.get());
			if (TravelFee.isBeyondReach(area, miles)) {
				return refused(Reason.OUT_OF_SERVICE_AREA, miles.toPlainString() + " mi is beyond the "
						+ area.extendedRadiusMiles() + " mi that " + service.name() + " travels");
			}
			TravelFee.line(area, miles, zero, service.revision()).ifPresent(charges::add);
		}
		charges.addAll(TimeSurcharges.lines(service, request.start(), request.now()));
		Money subtotal = charges.stream().map(BreakdownLine::amount).reduce(zero, Money::plus);

		List<BreakdownLine> lines = new ArrayList<>(charges);
		Money discount = zero;
		Optional<String> promoCode = Optional.empty();
		if (request.promo().isPresent()) {
			EnteredPromo entered = request.promo().get();
			PromoOutcome outcome = entered.found()
				.map(promo -> promo.offer(service.id(), subtotal, request.now(), entered.usage()))
				.orElse(new PromoOutcome.Refused(PromoRefusal.UNKNOWN));
			if (outcome instanceof PromoOutcome.Refused refusedPromo) {
				return new PricingResult.Refused(
						PricingRefusal.promo(refusedPromo.reason(), PromoCode.normalise(entered.enteredCode())));
			}
			PromoOutcome.Granted granted = (PromoOutcome.Granted) outcome;
			discount = granted.discount();
			promoCode = Optional.of(granted.promo().code());
			lines.add(new BreakdownLine(LineCode.PROMO, "Promo " + granted.promo().code(), discount.negated(),
					new RuleRef("promo." + granted.promo().code(), granted.promo().revision())));
		}
		SalesTax.line(jurisdiction, charges, discount).ifPresent(lines::add);
		Money total = lines.stream().map(BreakdownLine::amount).reduce(zero, Money::plus);
		Deposit.line(service.depositRule(), total, service.revision()).ifPresent(lines::add);
		return new PricingResult.Priced(new PriceBreakdown(service.id(), service.currency(), lines, promoCode));
	}

	/**
	 * The requested duration for an hourly service; the service's own duration for every
	 * other.
	 */
	public static Duration pricedDuration(ServiceDefinition service, PricingRequest request) {
		return request.duration()
			.filter(requested -> service.priceModel() instanceof PriceModel.Hourly)
			.orElse(service.duration());
	}

	private static Optional<PricingRefusal> admission(ServiceDefinition service, PricingRequest request,
			Duration duration) {
		if (!service.active()) {
			return Optional.of(PricingRefusal.of(Reason.SERVICE_INACTIVE, service.name() + " is not offered now"));
		}
		if (request.attendees() < service.minimumAttendees() || request.attendees() > service.maximumAttendees()) {
			return Optional.of(PricingRefusal.of(Reason.ATTENDEES_OUT_OF_RANGE, service.name() + " takes "
					+ service.minimumAttendees() + " to " + service.maximumAttendees() + " attendees"));
		}
		if (service.priceModel() instanceof PriceModel.Hourly hourly && !hourly.offers(duration)) {
			return Optional.of(PricingRefusal.of(Reason.DURATION_NOT_OFFERED,
					service.name() + " is booked from " + hourly.minimum().toMinutes() + " to "
							+ hourly.maximum().toMinutes() + " minutes in steps of " + hourly.increment().toMinutes()));
		}
		if (!request.start().isAfter(request.now())) {
			return Optional.of(PricingRefusal.of(Reason.START_IN_THE_PAST, "the start time has passed"));
		}
		if (Duration.between(request.now(), request.start()).compareTo(service.minimumNotice()) < 0) {
			return Optional.of(PricingRefusal.of(Reason.NOTICE_TOO_SHORT,
					service.name() + " needs " + service.minimumNotice().toMinutes() + " minutes' notice"));
		}
		if (Duration.between(request.now(), request.start()).compareTo(BOOKING_HORIZON) > 0) {
			return Optional.of(PricingRefusal.of(Reason.BEYOND_BOOKING_HORIZON,
					"quotes are given up to " + BOOKING_HORIZON.toDays() + " days ahead"));
		}
		if (!service.hours().isBookableAt(request.start().atZone(service.timeZone()).toLocalTime())) {
			return Optional.of(PricingRefusal.of(Reason.OUTSIDE_SERVICE_HOURS,
					service.name() + " does not start at that time in " + service.timeZone()));
		}
		return Optional.empty();
	}

	private static PricingResult refused(Reason reason, String message) {
		return new PricingResult.Refused(PricingRefusal.of(reason, message));
	}

}
