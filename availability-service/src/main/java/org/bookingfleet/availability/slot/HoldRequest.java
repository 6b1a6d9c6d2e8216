package org.bookingfleet.availability.slot;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.bookingfleet.availability.slot.AvailabilityProblem.BeyondHorizon;
import org.bookingfleet.availability.slot.AvailabilityProblem.NoticeTooShort;
import org.bookingfleet.availability.slot.AvailabilityProblem.OffSlotGrid;
import org.bookingfleet.availability.slot.AvailabilityProblem.OutsideServiceHours;
import org.bookingfleet.availability.slot.AvailabilityProblem.SeatsOutOfRange;

/**
 * A request to hold a slot: the service, the provider, the start, the party size and the
 * length asked for, if any.
 */
public record HoldRequest(String serviceId, long providerId, Instant start, int seats, OptionalInt durationMinutes) {

	public HoldRequest {
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(durationMinutes, "durationMinutes");
	}

	/**
	 * A hold of the service's own length (or its shortest, when the customer chooses).
	 */
	public HoldRequest(String serviceId, long providerId, Instant start, int seats) {
		this(serviceId, providerId, start, seats, OptionalInt.empty());
	}

	/**
	 * The problem that refuses this request before the database is asked whether the slot
	 * is free; the finder is the one of the length asked for ({@link ChosenLength}).
	 */
	public Optional<AvailabilityProblem> problemWith(SlotFinder finder, Instant now) {
		int capacity = finder.service().capacity();
		if (seats < 1 || seats > capacity) {
			return Optional.of(new SeatsOutOfRange(seats, capacity));
		}
		if (!finder.isOnGrid(start)) {
			return Optional.of(new OffSlotGrid(start));
		}
		if (!finder.withinServiceHours(start)) {
			return Optional.of(new OutsideServiceHours(start));
		}
		BookingPolicy policy = finder.provider().policy();
		if (start.isBefore(now.plus(policy.minimumNotice()))) {
			return Optional.of(new NoticeTooShort(start, policy.minimumNotice()));
		}
		if (start.isAfter(now.plus(policy.horizon()))) {
			return Optional.of(new BeyondHorizon(start, policy.horizon()));
		}
		return Optional.empty();
	}
}
