package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.schedule.WeeklyHours;
import org.bookingfleet.availability.time.TimeRange;
import org.junit.jupiter.api.Test;

class ChosenLengthSlotsTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final Instant DAY = Instant.parse("2026-06-01T05:00:00Z");

	private static final Instant NEXT_DAY = DAY.plus(Duration.ofDays(1));

	private static final Instant WEEK_BEFORE = DAY.minus(Duration.ofDays(7));

	private final Provider provider = new Provider(4L,
			ProviderSchedule.weekly(CHICAGO, WeeklyHours.everyDay(LocalHours.of("09:00", "17:00"))),
			BookingPolicy.every(Duration.ofHours(1)));

	private final ServiceTerms hourly = ServiceTerms.lasting(Duration.ofHours(1))
		.withLengths(Lengths.ofMinutes(60, 180, 60));

	@Test
	void aServiceOfVariableLengthOffersItsShortestWhenNoneIsChosen() {
		assertThat(hourly.hasVariableDuration()).isTrue();
		assertThat(hourly.defaultDuration()).isEqualTo(Duration.ofHours(1));
		assertThat(hourly.offers(Duration.ofHours(2))).isTrue();
		assertThat(hourly.offers(Duration.ofMinutes(90))).isFalse();
		assertThat(hourly.offers(Duration.ofHours(4))).isFalse();
	}

	@Test
	void aFixedServiceOffersOnlyItsOwnLength() {
		ServiceTerms fixed = ServiceTerms.lasting(Duration.ofMinutes(45));

		assertThat(fixed.offers(Duration.ofMinutes(45))).isTrue();
		assertThat(fixed.offers(Duration.ofMinutes(60))).isFalse();
	}

	@Test
	void slotsOfAChosenLengthStartOnlyWhereTheWholeLengthFitsAndEndAfterIt() {
		List<Slot> slots = new SlotFinder(provider, hourly.lastingFor(Duration.ofHours(3))).freeSlots(DAY, NEXT_DAY,
				WEEK_BEFORE, List.of());

		assertThat(slots).extracting(slot -> local(slot.start()))
			.containsExactly("09:00", "10:00", "11:00", "12:00", "13:00", "14:00");
		assertThat(slots).allSatisfy(slot -> assertThat(slot.end()).isEqualTo(slot.start().plus(Duration.ofHours(3))));
	}

	@Test
	void aReservationOfTwoHoursKeepsEveryStartItsLengthWouldOverlap() {
		Instant ten = DAY.plus(Duration.ofHours(10));
		Reservation twoHours = Reservation.spanning(new TimeRange(ten, ten.plus(Duration.ofHours(2))), hourly);

		List<Slot> slots = new SlotFinder(provider, hourly.lastingFor(Duration.ofHours(1))).freeSlots(DAY, NEXT_DAY,
				WEEK_BEFORE, List.of(twoHours));

		assertThat(slots).extracting(slot -> local(slot.start()))
			.containsExactly("09:00", "12:00", "13:00", "14:00", "15:00", "16:00");
	}

	@Test
	void onlyStartsWithinTheServicesHoursAreOffered() {
		ServiceTerms mornings = hourly.withHours(new ServiceHours(LocalTime.of(10, 0), LocalTime.of(12, 0), CHICAGO));
		SlotFinder finder = new SlotFinder(provider, mornings.lastingFor(Duration.ofHours(2)));

		assertThat(finder.freeSlots(DAY, NEXT_DAY, WEEK_BEFORE, List.of())).extracting(slot -> local(slot.start()))
			.containsExactly("10:00", "11:00");
		assertThat(finder.withinServiceHours(DAY.plus(Duration.ofHours(12)))).isFalse();
	}

	private static String local(Instant instant) {
		return instant.atZone(CHICAGO).toLocalTime().toString();
	}

}
