package org.bookingfleet.booking.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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

	/** A haircut of ARS 8,000 with 21% VAT in it (1,388.43), an hour of notary in USD. */
	private static BookingFact cut(BookingStatus status, String start, long paid, long refunded) {
		return new BookingFact("cut", status, Instant.parse(start), BUENOS_AIRES, "ARS", 800_000, 138_843, paid,
				refunded);
	}

	private static BookingFact fact(String service, BookingStatus status, String start, ZoneId zone, String currency,
			long price, long taxes, long paid, long refunded) {
		return new BookingFact(service, status, Instant.parse(start), zone, currency, price, taxes, paid, refunded);
	}

	private final List<BookingFact> week = List.of(cut(BookingStatus.COMPLETED, "2026-12-02T13:00:00Z", 800_000, 0),
			cut(BookingStatus.COMPLETED, "2026-12-03T13:30:00Z", 600_000, 200_000),
			// cancelled late: the deposit of 2,000 is kept, 6,000 went back
			cut(BookingStatus.CANCELLED, "2026-12-03T14:00:00Z", 200_000, 600_000),
			fact("beard", BookingStatus.CONFIRMED, "2026-12-04T18:00:00Z", BUENOS_AIRES, "ARS", 500_000, 0, 0, 0),
			// 19:00 in Chicago on the 4th is the 5th in UTC
			fact("notary", BookingStatus.COMPLETED, "2026-12-05T01:00:00Z", CHICAGO, "USD", 10_825, 825, 10_825, 0),
			fact("notary", BookingStatus.NO_SHOW, "2026-12-05T16:00:00Z", CHICAGO, "USD", 10_825, 825, 10_825, 0),
			fact("notary", BookingStatus.REJECTED, "2026-12-06T16:00:00Z", CHICAGO, "USD", 10_825, 825, 0, 0),
			fact("notary", BookingStatus.EXPIRED, "2026-12-06T17:00:00Z", CHICAGO, "USD", 10_825, 825, 0, 0),
			cut(BookingStatus.COMPLETED, "2026-12-08T13:00:00Z", 800_000, 0));

	@Test
	void totalsCountEveryStatusWithinTheRange() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.totalsByStatus()).containsEntry(BookingStatus.COMPLETED, 3L)
			.containsEntry(BookingStatus.CANCELLED, 1L)
			.containsEntry(BookingStatus.CONFIRMED, 1L)
			.containsEntry(BookingStatus.NO_SHOW, 1L)
			.containsEntry(BookingStatus.REJECTED, 1L)
			.containsEntry(BookingStatus.EXPIRED, 1L)
			.containsEntry(BookingStatus.PENDING, 0L);
	}

	@Test
	void revenueIsMoneyCollectedLessRefundsWhateverTheStatusSoAKeptDepositCounts() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.revenueCentsByCurrency()).containsOnly(Map.entry("ARS", 1_600_000L),
				Map.entry("USD", 21_650L));
		assertThat(analytics.revenueByCurrency().get("ARS").refundedCents()).isEqualTo(800_000);
	}

	@Test
	void revenueShowsTheTaxApartInTheProportionOfTheBookingsPrice() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		// 8,000 paid: 1,388.43 of tax; 6,000: 1,041.32; 2,000: 347.11 (half up)
		assertThat(analytics.revenueByCurrency().get("ARS"))
			.isEqualTo(new Revenue(1_600_000 - 277_686, 277_686, 1_600_000, 800_000));
		assertThat(analytics.revenueByCurrency().get("USD")).isEqualTo(new Revenue(20_000, 1_650, 21_650, 0));
	}

	@Test
	void revenueByDayTakesTheDayInTheBusinesssZone() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.revenueByDay()).containsExactly(
				new Revenue.OfDay(LocalDate.parse("2026-12-02"), "ARS", 661_157, 138_843, 800_000, 0),
				new Revenue.OfDay(LocalDate.parse("2026-12-03"), "ARS", 661_157, 138_843, 800_000, 800_000),
				new Revenue.OfDay(LocalDate.parse("2026-12-04"), "USD", 10_000, 825, 10_825, 0),
				new Revenue.OfDay(LocalDate.parse("2026-12-05"), "USD", 10_000, 825, 10_825, 0));
	}

	@Test
	void popularServicesCountLiveAndFinishedBookingsOnly() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 2);

		assertThat(analytics.popularServices()).containsExactly(new BookingAnalytics.ServiceCount("cut", 2),
				new BookingAnalytics.ServiceCount("notary", 2));
	}

	@Test
	void busyHoursAreLocalHoursOfBookingsThatKeptTheirSlot() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.busyHours()).containsExactly(new BookingAnalytics.HourCount(10, 3),
				new BookingAnalytics.HourCount(15, 1), new BookingAnalytics.HourCount(19, 1));
	}

	@Test
	void theAnswerCarriesTheDefinitionOfEachFigure() {
		BookingAnalytics analytics = BookingAnalytics.of(week, FROM, TO, 5);

		assertThat(analytics.definitions()).containsOnlyKeys("totalsByStatus", "revenueCentsByCurrency",
				"revenueByCurrency", "revenueByDay", "popularServices", "busyHours");
	}

}
