package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What to offer instead of a taken slot: the free slots whose starts lie closest to it,
 * nearest first.
 */
public final class NearestAlternatives {

	private NearestAlternatives() {
	}

	public static List<Slot> to(Instant taken, Collection<Slot> free, int count) {
		Comparator<Slot> byDistance = Comparator.comparing(slot -> Duration.between(taken, slot.start()).abs());
		return free.stream()
			.filter(slot -> !slot.start().equals(taken))
			.sorted(byDistance.thenComparing(Slot::start).thenComparingLong(Slot::providerId))
			.limit(count)
			.toList();
	}

	/** Searches the provider's free slots within the radius around the taken start. */
	public static List<Slot> around(Instant taken, SlotFinder finder, Duration radius, int count, Instant now,
			Collection<Reservation> reservations) {
		List<Slot> free = finder.freeSlots(taken.minus(radius), taken.plus(radius), now, reservations);
		return to(taken, free, count);
	}

}
