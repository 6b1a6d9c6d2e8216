package org.bookingfleet.pricing.engine;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.Surcharges;

/**
 * Weekend, after-hours and emergency lines, judged on the start time in the service's own
 * time zone.
 */
final class TimeSurcharges {

	private TimeSurcharges() {
	}

	static List<BreakdownLine> lines(ServiceDefinition service, Instant start, Instant now) {
		Surcharges surcharges = service.surcharges();
		ZonedDateTime local = start.atZone(service.timeZone());
		int revision = service.revision();
		List<BreakdownLine> lines = new ArrayList<>(3);
		if (isWeekend(local.getDayOfWeek()) && !surcharges.weekend().isZero()) {
			lines.add(new BreakdownLine(LineCode.WEEKEND, "Weekend surcharge", surcharges.weekend(),
					new RuleRef("surcharge.weekend", revision)));
		}
		if (service.hours().isAfterHoursAt(local.toLocalTime()) && !surcharges.afterHours().isZero()) {
			lines.add(new BreakdownLine(LineCode.AFTER_HOURS, "After-hours fee", surcharges.afterHours(),
					new RuleRef("surcharge.after-hours", revision)));
		}
		if (Duration.between(now, start).compareTo(surcharges.emergencyNotice()) < 0
				&& !surcharges.emergency().isZero()) {
			lines.add(new BreakdownLine(LineCode.EMERGENCY,
					"Emergency fee, less than " + surcharges.emergencyNotice().toHours() + " h notice",
					surcharges.emergency(), new RuleRef("surcharge.emergency", revision)));
		}
		return lines;
	}

	private static boolean isWeekend(DayOfWeek day) {
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
