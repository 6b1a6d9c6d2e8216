package org.bookingfleet.booking.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.junit.jupiter.api.Test;

class BookingAnalyticsTest {

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-12-08T00:00:00Z");

	private static BookingFact fact(String service, BookingStatus status, String start, ZoneId zone, long cents,
			String currency) {
		return new BookingFact(service, status, Instant.parse(start), zone, cents, currency);
	}

	private final List<BookingFact> week = List.of(
			fact("cut", BookingStatus.COMPLETED, "2026-12-02T13:00:00Z", BUENOS_AIRES, 800_000, "ARS"),
			fact("cut", BookingStatus.COMPLETED, "2026-12-03T13:30:00Z", BUENOS_AIRES, 800_000, "ARS"),
			fact("cut", BookingStatus.CANCELLED, "2026-12-03T14:00:00Z", BUENOS_AIRES, 800_000, "ARS"),
			fact("beard", BookingStatus.CONFIRMED, "2026-12-04T18:00:00Z", BUENOS_AIRES, 500_000, "ARS"),
			fact("notary", BookingStatus.COMPLETED, "2026-12-04T16:00:00Z", CHICAGO, 10_825, "USD"),
			fact("notary", BookingStatus.NO_SHOW, "2026-12-05T16:00:00Z", CHICAGO, 10_825, "USD"),
			fact("cut", BookingStatus.COMPLETED, "2026-12-08T13:00:00Z", BUENOS_AIRES, 800_000, "ARS"));

	@Test
	void totalsCountEveryStatusWithinTheRange() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.totalsByStatus()).containsEntry(BookingStatus.COMPLETED, 3L)
			.containsEntry(BookingStatus.CANCELLED, 1L)
			.containsEntry(BookingStatus.CONFIRMED, 1L)
			.containsEntry(BookingStatus.NO_SHOW, 1L)
			.containsEntry(BookingStatus.EXPIRED, 0L);
	}

	@Test
	void revenueComesFromCompletedBookingsOnlyPerCurrency() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.revenueCentsByCurrency()).containsOnly(Map.entry("ARS", 1_600_000L),
				Map.entry("USD", 10_825L));
	}

	@Test
	void popularServicesAreRankedByBookingsAndCutToTheTop() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 2);

		assertThat(analytics.popularServices()).containsExactly(new BookingAnalytics.ServiceCount("cut", 3),
				new BookingAnalytics.ServiceCount("notary", 2));
	}

	@Test
	void busyHoursAreLocalHoursOfBookingsThatKeptTheirSlot() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.busyHours()).containsExactly(new BookingAnalytics.HourCount(10, 4),
				new BookingAnalytics.HourCount(15, 1));
	}

}
