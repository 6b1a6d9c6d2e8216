package org.bookingfleet.availability.slot;

import java.util.Objects;

import org.bookingfleet.availability.schedule.ProviderSchedule;

public record Provider(long id, ProviderSchedule schedule, BookingPolicy policy) {

	public Provider {
		Objects.requireNonNull(schedule, "schedule");
		Objects.requireNonNull(policy, "policy");
	}
}
