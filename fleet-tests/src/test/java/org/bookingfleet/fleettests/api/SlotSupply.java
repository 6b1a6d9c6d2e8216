package org.bookingfleet.fleettests.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Distinct free slots for runs of many bookings: providers of one service, each open
 * 09:00 to 17:00, handed out slot by slot and day by day, a new provider when one's days
 * run out. No two callers get the same slot.
 */
public final class SlotSupply {

	public record Slot(long providerId, Instant start) {
	}

	private static final int FIRST_DAY = 2;

	private static final int LAST_DAY = 60;

	private final String serviceId;

	private final ZoneId zone;

	private final int slotsPerDay;

	private final Duration step;

	private final boolean payAtAppointment;

	private long provider = -1;

	private int day = FIRST_DAY;

	private int slot;

	public SlotSupply(String serviceId, String zone, Duration step, boolean payAtAppointment) {
		this.serviceId = serviceId;
		this.zone = ZoneId.of(zone);
		this.step = step;
		this.slotsPerDay = (int) (Duration.ofHours(8).toMinutes() / step.toMinutes());
		this.payAtAppointment = payAtAppointment;
	}

	public synchronized Slot next() {
		if (provider < 0 || day > LAST_DAY) {
			provider = Storefront.openProvider(serviceId, zone.getId());
			if (payAtAppointment) {
				Storefront.payAtAppointment(provider);
			}
			day = FIRST_DAY;
			slot = 0;
		}
		LocalDate date = LocalDate.now(zone).plusDays(day);
		Instant start = date.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant().plus(step.multipliedBy(slot));
		slot++;
		if (slot == slotsPerDay) {
			slot = 0;
			day++;
		}
		return new Slot(provider, start);
	}

	public String serviceId() {
		return serviceId;
	}

}
