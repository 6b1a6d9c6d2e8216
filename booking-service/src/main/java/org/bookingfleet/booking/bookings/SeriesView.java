package org.bookingfleet.booking.bookings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * A series and its occurrences; those the availability service could not book are its
 * conflicts. Each occurrence shows its own price; a conflict is never charged, so nothing
 * is due on it.
 */
public record SeriesView(UUID seriesId, String onConflict, List<OccurrenceView> occurrences,
		List<OccurrenceView> conflicts) {

	public record OccurrenceView(UUID id, int index, String status, Instant scheduledDateTime, String statusReason,
			String currency, long finalPriceCents, long amountDueCents) {
	}

	public static SeriesView of(UUID seriesId, String onConflict, List<Booking> members) {
		List<OccurrenceView> all = members.stream()
			.map(b -> new OccurrenceView(b.details().id(), b.details().seriesIndex(), b.progress().status().name(),
					b.progress().startsAt(), b.progress().statusReason(), b.details().currency(),
					b.details().totalCents(),
					b.progress().status() == BookingStatus.REJECTED ? 0 : b.details().amountDueCents()))
			.toList();
		return new SeriesView(seriesId, onConflict, all,
				all.stream().filter(o -> o.status().equals(BookingStatus.REJECTED.name())).toList());
	}
}
