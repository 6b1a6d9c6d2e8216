package org.bookingfleet.pricing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.PriceModel;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.money.Money;

/**
 * The base line: the fixed price, the price per attendee times attendees, or the hourly
 * rate times the duration.
 */
final class BasePrice {

	private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

	private BasePrice() {
	}

	static BreakdownLine line(ServiceDefinition service, int attendees, Duration duration) {
		int revision = service.revision();
		PriceModel model = service.priceModel();
		if (model instanceof PriceModel.PerAttendee perAttendee) {
			return new BreakdownLine(LineCode.BASE,
					service.name() + " x " + attendees + (attendees == 1 ? " attendee" : " attendees"),
					perAttendee.pricePerAttendee().times(attendees), new RuleRef("base.per-attendee", revision));
		}
		if (model instanceof PriceModel.Hourly hourly) {
			return new BreakdownLine(LineCode.BASE, service.name() + ", " + duration.toMinutes() + " min",
					hourlyAmount(hourly.ratePerHour(), duration), new RuleRef("base.hourly", revision));
		}
		return new BreakdownLine(LineCode.BASE, service.name(), model.unitPrice(), new RuleRef("base.fixed", revision));
	}

	/** Rate x minutes / 60, rounded half-even to the cent once. */
	static Money hourlyAmount(Money ratePerHour, Duration duration) {
		BigDecimal cents = BigDecimal.valueOf(ratePerHour.cents())
			.multiply(BigDecimal.valueOf(duration.toMinutes()))
			.divide(MINUTES_PER_HOUR, 0, RoundingMode.HALF_EVEN);
		return new Money(cents.longValueExact(), ratePerHour.currency());
	}

}
