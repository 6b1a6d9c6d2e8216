package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.availability.time.TimeSet;
import org.bookingfleet.availability.time.WallClock;

/**
 * Free slots of one provider for one service: starts within the service's hours whose
 * whole appointment (of the service's length, or the length chosen for it) fits the
 * provider's open time. The reservations given must include every reservation of the
 * provider within a day of the searched range, so that buffers and daily limits are seen.
 */
public record SlotFinder(Provider provider, ServiceTerms service) {

	/** The finder for a service that may ask for more notice than the provider does. */
	public static SlotFinder of(Provider provider, ServiceTerms service, Duration serviceNotice) {
		Provider strictest = new Provider(provider.id(), provider.schedule(),
				provider.policy().withMinimumNoticeAtLeast(serviceNotice));
		return new SlotFinder(strictest, service);
	}

	/** Free slots whose start lies in [from, to), in order of start. */
	public List<Slot> freeSlots(Instant from, Instant to, Instant now, Collection<Reservation> reservations) {
		if (!from.isBefore(to)) {
			return List.of();
		}
		WallClock clock = provider.schedule().clock();
		LocalDate firstDate = clock.localTimeOf(from).toLocalDate();
		LocalDate lastDate = clock.localTimeOf(to).toLocalDate();
		long spanDays = service.duration().toDays() + 1;
		TimeSet open = provider.schedule().openTime(firstDate.minusDays(1), lastDate.plusDays(spanDays));
		TimeSet reserved = TimeSet.of(reservations.stream().map(Reservation::reserved).toList());
		Map<LocalDate, Long> appointmentsPerDate = reservations.stream()
			.collect(Collectors.groupingBy(r -> clock.localTimeOf(r.appointment().start()).toLocalDate(),
					Collectors.counting()));
		Instant earliest = latest(from, now.plus(provider.policy().minimumNotice()));
		Instant latest = now.plus(provider.policy().horizon());
		SlotGrid grid = new SlotGrid(provider.schedule(), provider.policy().slotInterval());

		TreeSet<Instant> starts = new TreeSet<>();
		for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
			if (dailyLimitReached(appointmentsPerDate.getOrDefault(date, 0L))) {
				continue;
			}
			for (Instant start : grid.startsOn(date)) {
				if (start.isBefore(earliest) || !start.isBefore(to) || start.isAfter(latest)
						|| !withinServiceHours(start)) {
					continue;
				}
				Reservation candidate = Reservation.of(start, service);
				if (open.covers(candidate.appointment()) && !reserved.overlaps(candidate.reserved())) {
					starts.add(start);
				}
			}
		}
		List<Slot> slots = new ArrayList<>(starts.size());
		for (Instant start : starts) {
			slots.add(new Slot(provider.id(), start, start.plus(service.duration()), service.capacity()));
		}
		return slots;
	}

	/** Whether a slot starting at this instant is on the grid and free now. */
	public boolean isFree(Instant start, Instant now, Collection<Reservation> reservations) {
		List<Slot> found = freeSlots(start, start.plusNanos(1), now, reservations);
		return !found.isEmpty() && found.get(0).start().equals(start);
	}

	public boolean isOnGrid(Instant start) {
		return new SlotGrid(provider.schedule(), provider.policy().slotInterval()).contains(start);
	}

	/**
	 * Whether the service may start at this instant by its own hours (the local times the
	 * catalog prices).
	 */
	public boolean withinServiceHours(Instant start) {
		return service.hours().admits(start, provider.schedule().zone());
	}

	public TimeRange reservedRangeOf(Instant start) {
		return Reservation.of(start, service).reserved();
	}

	private boolean dailyLimitReached(long appointments) {
		return provider.policy().dailyLimit().isPresent() && appointments >= provider.policy().dailyLimit().getAsInt();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}
}
