package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.time.WallClock;

/**
 * The times a slot may start: every slot interval of wall-clock time from the start of
 * each working interval. A grid time inside a DST gap starts no slot; one inside a DST
 * overlap starts two, one per offset, so the repeated hour loses none and repeats none.
 */
public record SlotGrid(ProviderSchedule schedule, Duration interval) {

	public List<Instant> startsOn(LocalDate date) {
		WallClock clock = schedule.clock();
		List<Instant> starts = new ArrayList<>();
		for (LocalHours hours : schedule.hoursOn(date)) {
			LocalDateTime end = hours.endOn(date);
			for (LocalDateTime local = hours.startOn(date); local.isBefore(end); local = local.plus(interval)) {
				starts.addAll(clock.instantsShowing(local));
			}
		}
		return starts;
	}

	public boolean contains(Instant start) {
		LocalDateTime local = schedule.clock().localTimeOf(start);
		LocalDate date = local.toLocalDate();
		for (LocalHours hours : schedule.hoursOn(date)) {
			LocalDateTime first = hours.startOn(date);
			if (!local.isBefore(first) && local.isBefore(hours.endOn(date))
					&& Duration.between(first, local).toNanos() % interval.toNanos() == 0) {
				return true;
			}
		}
		return false;
	}
}
