package org.bookingfleet.pricing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.ServiceArea;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.geo.GreatCircle;
import org.bookingfleet.pricing.money.Money;

/**
 * The travel line: the great-circle distance from the area's centre, rounded half-even to
 * a hundredth of a mile, the miles beyond the standard radius times the rate, rounded
 * half-even to the cent.
 */
final class TravelFee {

	private TravelFee() {
	}

	static BigDecimal distanceMiles(ServiceArea area, Coordinates location) {
		return BigDecimal.valueOf(GreatCircle.miles(area.centre(), location)).setScale(2, RoundingMode.HALF_EVEN);
	}

	static boolean isBeyondReach(ServiceArea area, BigDecimal distanceMiles) {
		return distanceMiles.compareTo(BigDecimal.valueOf(area.extendedRadiusMiles())) > 0;
	}

	static Optional<BreakdownLine> line(ServiceArea area, BigDecimal distanceMiles, Money zero, int revision) {
		BigDecimal beyond = distanceMiles.subtract(BigDecimal.valueOf(area.standardRadiusMiles()));
		if (beyond.signum() <= 0 || area.travelFeeCentsPerMile() == 0) {
			return Optional.empty();
		}
		long cents = beyond.multiply(BigDecimal.valueOf(area.travelFeeCentsPerMile()))
			.setScale(0, RoundingMode.HALF_EVEN)
			.longValueExact();
		String label = "Travel, " + beyond.toPlainString() + " mi beyond " + area.standardRadiusMiles() + " mi";
		return Optional.of(new BreakdownLine(LineCode.TRAVEL, label, new Money(cents, zero.currency()),
				new RuleRef("travel.per-mile-beyond-standard-radius", revision)));
	}

}
