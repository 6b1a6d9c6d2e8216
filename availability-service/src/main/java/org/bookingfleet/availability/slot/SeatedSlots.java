package org.bookingfleet.availability.slot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Slots of a seated service (a course, a group session). A session already planned at a
 * slot's start is joined while it has seats left; a session at another start that
 * overlaps the slot keeps it from being offered. The free slots given must have been
 * found without the service's own sessions among the reservations.
 */
public final class SeatedSlots {

	public record PlannedSession(Instant start, Reservation reservation, int seatsLeft) {
	}

	private SeatedSlots() {
	}

	public static List<Slot> withSeats(List<Slot> free, List<PlannedSession> sessions, ServiceTerms service) {
		List<Slot> result = new ArrayList<>();
		for (Slot slot : free) {
			Reservation wanted = Reservation.of(slot.start(), service);
			PlannedSession same = sessions.stream()
				.filter(s -> s.start().equals(slot.start()))
				.findFirst()
				.orElse(null);
			boolean clashes = sessions.stream()
				.anyMatch(
						s -> !s.start().equals(slot.start()) && s.reservation().reserved().overlaps(wanted.reserved()));
			if (clashes) {
				continue;
			}
			if (same == null) {
				result.add(slot);
			}
			else if (same.seatsLeft() > 0) {
				result.add(new Slot(slot.providerId(), slot.start(), slot.end(), same.seatsLeft()));
			}
		}
		return result;
	}

}
