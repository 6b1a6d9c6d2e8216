package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.bookingfleet.availability.slot.AvailabilityProblem.FromAfterTo;
import org.bookingfleet.availability.slot.AvailabilityProblem.MalformedParameter;
import org.bookingfleet.availability.slot.AvailabilityProblem.MissingParameter;
import org.bookingfleet.availability.slot.AvailabilityProblem.RangeTooLong;
import org.bookingfleet.availability.slot.AvailabilityProblem.UnknownTimeZone;
import org.junit.jupiter.api.Test;

class AvailabilityQueryTest {

	@Test
	void aWellFormedQueryIsRead() {
		Validated<AvailabilityQuery> read = AvailabilityQuery.read("12", "7", "2026-12-05T09:00:00-06:00",
				"2026-12-06T00:00:00Z", "Europe/London");

		assertThat(read).isEqualTo(
				Validated.valid(new AvailabilityQuery("12", Optional.of(7L), Instant.parse("2026-12-05T15:00:00Z"),
						Instant.parse("2026-12-06T00:00:00Z"), ZoneId.of("Europe/London"))));
	}

	@Test
	void withoutProviderAndZoneTheQueryCoversAnyProviderInUtc() {
		AvailabilityQuery query = valid(
				AvailabilityQuery.read("12", null, "2026-12-05T00:00:00Z", "2026-12-06T00:00:00Z", " "));

		assertThat(query.providerId()).isEmpty();
		assertThat(query.zone()).isEqualTo(ZoneOffset.UTC);
	}

	@Test
	void fromAfterToIsRefusedOnFrom() {
		AvailabilityProblem problem = problem(
				AvailabilityQuery.read("12", null, "2026-12-06T00:00:00Z", "2026-12-05T00:00:00Z", null));

		assertThat(problem).isInstanceOf(FromAfterTo.class);
		assertThat(problem.field()).isEqualTo("from");
		assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
	}

	@Test
	void aRangeOverSixtyTwoDaysIsRefusedOnTo() {
		AvailabilityProblem problem = problem(
				AvailabilityQuery.read("12", null, "2026-01-01T00:00:00Z", "2026-03-04T00:00:01Z", null));

		assertThat(problem).isInstanceOf(RangeTooLong.class);
		assertThat(problem.field()).isEqualTo("to");
	}

	@Test
	void aRangeOfExactlySixtyTwoDaysIsAccepted() {
		assertThat(AvailabilityQuery.read("12", null, "2026-01-01T00:00:00Z", "2026-03-04T00:00:00Z", null))
			.isInstanceOf(Validated.Valid.class);
	}

	@Test
	void anUnknownTimeZoneIsRefusedOnTz() {
		AvailabilityProblem problem = problem(AvailabilityQuery.read("12", null, "2026-01-01T00:00:00Z",
				"2026-01-02T00:00:00Z", "Mars/Olympus_Mons"));

		assertThat(problem).isEqualTo(new UnknownTimeZone("Mars/Olympus_Mons"));
		assertThat(problem.field()).isEqualTo("tz");
	}

	@Test
	void aMissingServiceIsRefused() {
		assertThat(problem(AvailabilityQuery.read(null, null, "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", null)))
			.isEqualTo(new MissingParameter("serviceId"));
	}

	@Test
	void malformedIdentifiersAndInstantsAreRefusedOnTheirField() {
		assertThat(problem(AvailabilityQuery.read("a b;c", null, "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", null))
			.field()).isEqualTo("serviceId");
		assertThat(problem(AvailabilityQuery.read("12", "-4", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", null))
			.field()).isEqualTo("providerId");
		assertThat(problem(AvailabilityQuery.read("12", null, "2026-01-01 09:00", "2026-01-02T00:00:00Z", null)))
			.isInstanceOf(MalformedParameter.class)
			.extracting(AvailabilityProblem::field)
			.isEqualTo("from");
	}

	private static AvailabilityQuery valid(Validated<AvailabilityQuery> read) {
		return read.fold(query -> query, problem -> {
			throw new AssertionError("expected a valid query, got " + problem);
		});
	}

	private static AvailabilityProblem problem(Validated<AvailabilityQuery> read) {
		return read.fold(query -> {
			throw new AssertionError("expected a problem, got " + query);
		}, problem -> problem);
	}

}
