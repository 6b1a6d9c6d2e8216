package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.OptionalInt;

import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.schedule.WeeklyHours;
import org.bookingfleet.availability.slot.AvailabilityProblem.DurationNotOffered;
import org.bookingfleet.availability.slot.AvailabilityProblem.OutsideServiceHours;
import org.junit.jupiter.api.Test;

class ChosenLengthTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private final ServiceTerms hourly = ServiceTerms.lasting(Duration.ofHours(1))
		.withLengths(Lengths.ofMinutes(60, 180, 60));

	@Test
	void withoutALengthAServiceOfVariableLengthLastsItsShortest() {
		assertThat(chosen(hourly, OptionalInt.empty()).duration()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aLengthTheServiceOffersIsTaken() {
		assertThat(chosen(hourly, OptionalInt.of(120)).duration()).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aLengthOffTheStepsOrBeyondTheBoundsIsRefusedOnDurationMinutes() {
		for (int minutes : new int[] { 90, 240, 30, 0 }) {
			AvailabilityProblem problem = ChosenLength.of(hourly, OptionalInt.of(minutes))
				.fold(terms -> null, refused -> refused);

			assertThat(problem).isInstanceOf(DurationNotOffered.class);
			assertThat(problem.field()).isEqualTo("durationMinutes");
			assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
		}
	}

	@Test
	void aFixedServiceTakesItsOwnLengthAndNoOther() {
		ServiceTerms fixed = ServiceTerms.lasting(Duration.ofMinutes(45));

		assertThat(chosen(fixed, OptionalInt.of(45)).duration()).isEqualTo(Duration.ofMinutes(45));
		AvailabilityProblem other = ChosenLength.of(fixed, OptionalInt.of(60)).fold(terms -> null, refused -> refused);
		assertThat(other).isInstanceOf(DurationNotOffered.class);
	}

	@Test
	void aHoldOutsideTheServicesHoursIsAPolicyRefusalOnStart() {
		ServiceTerms mornings = hourly.withHours(new ServiceHours(LocalTime.of(10, 0), LocalTime.of(12, 0), CHICAGO));
		SlotFinder finder = new SlotFinder(new Provider(4L,
				ProviderSchedule.weekly(CHICAGO, WeeklyHours.everyDay(LocalHours.of("09:00", "17:00"))),
				BookingPolicy.every(Duration.ofHours(1))), mornings);
		Instant afternoon = Instant.parse("2026-06-01T19:00:00Z");

		AvailabilityProblem problem = new HoldRequest("hourly", 4L, afternoon, 1)
			.problemWith(finder, Instant.parse("2026-05-01T00:00:00Z"))
			.orElseThrow();

		assertThat(problem).isEqualTo(new OutsideServiceHours(afternoon));
		assertThat(problem.code()).isEqualTo("OUTSIDE_SERVICE_HOURS");
		assertThat(problem.field()).isEqualTo("start");
		assertThat(problem.isPolicyRefusal()).isTrue();
	}

	private static ServiceTerms chosen(ServiceTerms service, OptionalInt minutes) {
		return ChosenLength.of(service, minutes).fold(terms -> terms, problem -> {
			throw new AssertionError(problem.message());
		});
	}

}
