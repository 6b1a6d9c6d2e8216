package org.bookingfleet.booking.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.bookingfleet.booking.series.Frequency;
import org.bookingfleet.booking.series.OnConflict;
import org.bookingfleet.booking.series.Recurrence;
import org.junit.jupiter.api.Test;

class BookingRequestRulesTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final ServiceTerms ONE_SEAT = new ServiceTerms(1, ZoneId.of("America/Chicago"));

	private static final ServiceTerms COURSE = new ServiceTerms(12, ZoneId.of("Europe/London"));

	private static BookingRequest request(String name, String email, String phone, String notes,
			List<BookingRequest.AttendeeRequest> attendees, BookingRequest.RecurrenceRequest recurrence) {
		return new BookingRequest("svc-mobile-standard", "hold-1", "quote-token", name, email, phone,
				Instant.parse("2026-12-05T15:00:00Z"), null, null, notes, attendees, recurrence);
	}

	private static BookingRequest valid() {
		return request("Ana García", "ana@example.com", "+15125550100", "Gate code 1234", null, null);
	}

	private static List<String> fieldsOf(RequestCheck check) {
		assertThat(check).isInstanceOf(RequestCheck.Invalid.class);
		return ((RequestCheck.Invalid) check).errors().stream().map(FieldError::field).toList();
	}

	@Test
	void wellFormedRequestIsValidForOneSeat() {
		RequestCheck check = BookingRequestRules.check(valid(), ONE_SEAT, NOW);

		assertThat(check).isEqualTo(new RequestCheck.Valid(List.of(), 1, Optional.empty(), "+15125550100"));
	}

	@Test
	void everyWrongFieldIsNamedAtOnce() {
		BookingRequest bad = new BookingRequest(" ", null, "", "A", "not-an-email", "512-555-CALL",
				Instant.parse("2026-11-30T15:00:00Z"), null, null, "x".repeat(501), null, null);

		assertThat(fieldsOf(BookingRequestRules.check(bad, ONE_SEAT, NOW))).containsExactlyInAnyOrder("serviceId",
				"holdId", "quoteToken", "customerName", "customerEmail", "customerPhone", "scheduledDateTime",
				"specialInstructions");
	}

	@Test
	void nameOfExactlyTwoAndOfExactlyHundredCharactersIsAccepted() {
		assertThat(BookingRequestRules.check(request("Al", "a@b.co", "+541155550100", null, null, null), ONE_SEAT, NOW))
			.isInstanceOf(RequestCheck.Valid.class);
		assertThat(BookingRequestRules.check(request("n".repeat(100), "a@b.co", "+541155550100", null, null, null),
				ONE_SEAT, NOW))
			.isInstanceOf(RequestCheck.Valid.class);
		assertThat(fieldsOf(BookingRequestRules
			.check(request("n".repeat(101), "a@b.co", "+541155550100", null, null, null), ONE_SEAT, NOW)))
			.containsExactly("customerName");
	}

	@Test
	void aPhoneTypedAsAtHomeIsKeptInE164FormInTheServicesCountry() {
		RequestCheck houston = BookingRequestRules.check(request("Ana", "a@b.co", "(713) 555-0101", null, null, null),
				ONE_SEAT, NOW);
		RequestCheck london = BookingRequestRules.check(request("Sam", "s@e.uk", "020 7946 0958", null, null, null),
				COURSE, NOW);

		assertThat(((RequestCheck.Valid) houston).customerPhone()).isEqualTo("+17135550101");
		assertThat(((RequestCheck.Valid) london).customerPhone()).isEqualTo("+442079460958");
	}

	@Test
	void aPhoneThatCannotBeDialledIsRefusedOnCustomerPhone() {
		assertThat(fieldsOf(
				BookingRequestRules.check(request("Ana", "a@b.co", "555-0101", null, null, null), ONE_SEAT, NOW)))
			.containsExactly("customerPhone");
		assertThat(fieldsOf(BookingRequestRules.check(request("Ana", "a@b.co", null, null, null, null), ONE_SEAT, NOW)))
			.containsExactly("customerPhone");
		assertThat(BookingRequestRules.checkDetails(null, null, "call me", null, ZoneId.of("America/Chicago")))
			.extracting(FieldError::field)
			.containsExactly("customerPhone");
	}

	@Test
	void phoneMustBeE164() {
		assertThat(
				fieldsOf(BookingRequestRules.check(request("Ana", "a@b.co", "+0123", null, null, null), ONE_SEAT, NOW)))
			.containsExactly("customerPhone");
		assertThat(fieldsOf(BookingRequestRules.check(request("Ana", "a@b.co", "+1234567890123456", null, null, null),
				ONE_SEAT, NOW)))
			.containsExactly("customerPhone");
	}

	@Test
	void notesOfFiveHundredCharactersAreAccepted() {
		assertThat(BookingRequestRules.check(request("Ana", "a@b.co", "+447700900123", "x".repeat(500), null, null),
				ONE_SEAT, NOW))
			.isInstanceOf(RequestCheck.Valid.class);
	}

	@Test
	void groupWithinCapacityBooksOneSeatPerAttendee() {
		List<BookingRequest.AttendeeRequest> three = List.of(
				new BookingRequest.AttendeeRequest("Sam Patel", "sam@example.co.uk",
						List.of(new BookingRequest.RequirementRequest("WHEELCHAIR_ACCESS", "CRITICAL",
								"ground floor room"))),
				new BookingRequest.AttendeeRequest("Jo Reed", null, List.of()),
				new BookingRequest.AttendeeRequest("Kim Lee", "kim@example.co.uk", null));

		RequestCheck check = BookingRequestRules
			.check(request("Sam Patel", "sam@example.co.uk", "+447700900123", null, three, null), COURSE, NOW);

		assertThat(check).isInstanceOf(RequestCheck.Valid.class);
		RequestCheck.Valid valid = (RequestCheck.Valid) check;
		assertThat(valid.seats()).isEqualTo(3);
		assertThat(valid.attendees().get(0).requirements()).containsExactly(
				new Attendee.Requirement("WHEELCHAIR_ACCESS", RequirementPriority.CRITICAL, "ground floor room"));
	}

	@Test
	void groupLargerThanTheCapacityIsRefused() {
		List<BookingRequest.AttendeeRequest> two = List.of(new BookingRequest.AttendeeRequest("Sam Patel", null, null),
				new BookingRequest.AttendeeRequest("Jo Reed", null, null));

		assertThat(fieldsOf(BookingRequestRules.check(request("Sam Patel", "s@e.uk", "+447700900123", null, two, null),
				ONE_SEAT, NOW)))
			.containsExactly("attendees");
	}

	@Test
	void unknownRequirementPriorityIsNamedWithItsPath() {
		List<BookingRequest.AttendeeRequest> one = List.of(new BookingRequest.AttendeeRequest("Sam Patel", null,
				List.of(new BookingRequest.RequirementRequest("DIETARY", "URGENT", null))));

		assertThat(fieldsOf(BookingRequestRules.check(request("Sam Patel", "s@e.uk", "+447700900123", null, one, null),
				COURSE, NOW)))
			.containsExactly("attendees[0].requirements[0].priority");
	}

	@Test
	void recurrenceIsParsedWithFailAsTheDefaultOnConflict() {
		BookingRequest weekly = request("Ana", "a@b.co", "+15125550100", null, null,
				new BookingRequest.RecurrenceRequest("WEEKLY", 4, null, null));

		RequestCheck check = BookingRequestRules.check(weekly, ONE_SEAT, NOW);

		assertThat(((RequestCheck.Valid) check).recurrence())
			.contains(new Recurrence(Frequency.WEEKLY, 4, null, OnConflict.FAIL));
	}

	@Test
	void recurrenceWithBothCountAndUntilIsRefused() {
		BookingRequest both = request("Ana", "a@b.co", "+15125550100", null, null,
				new BookingRequest.RecurrenceRequest("DAILY", 3, LocalDate.of(2026, 12, 20), "SKIP"));

		assertThat(fieldsOf(BookingRequestRules.check(both, ONE_SEAT, NOW))).containsExactly("recurrence");
	}

	@Test
	void recurrenceWithUnknownFrequencyAndTooManyOccurrencesNamesBoth() {
		BookingRequest bad = request("Ana", "a@b.co", "+15125550100", null, null,
				new BookingRequest.RecurrenceRequest("YEARLY", 53, null, "SKIP"));

		assertThat(fieldsOf(BookingRequestRules.check(bad, ONE_SEAT, NOW)))
			.containsExactlyInAnyOrder("recurrence.frequency", "recurrence.count");
	}

	@Test
	void untilBeforeTheFirstLocalDayIsRefused() {
		BookingRequest bad = request("Ana", "a@b.co", "+15125550100", null, null,
				new BookingRequest.RecurrenceRequest("WEEKLY", null, LocalDate.of(2026, 12, 4), "SKIP"));

		assertThat(fieldsOf(BookingRequestRules.check(bad, ONE_SEAT, NOW))).containsExactly("recurrence.until");
	}

}
