package org.bookingfleet.booking.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bookingfleet.booking.series.Frequency;
import org.bookingfleet.booking.series.OnConflict;
import org.bookingfleet.booking.series.Recurrence;

/**
 * Checks a booking request up front and names every field that is wrong, not just the
 * first.
 */
public final class BookingRequestRules {

	static final int NAME_MIN = 2;
	static final int NAME_MAX = 100;
	static final int NOTES_MAX = 500;
	static final int EMAIL_MAX = 254;
	static final int REQUIREMENT_TYPE_MAX = 50;

	private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

	private BookingRequestRules() {
	}

	public static RequestCheck check(BookingRequest request, ServiceTerms terms, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "serviceId", request.serviceId());
		// the hold is named by its token, or (a waitlist offer's) by its id alone
		required(errors, "holdId",
				request.holdToken() != null && !request.holdToken().isBlank() ? request.holdToken() : request.holdId());
		if (request.durationMinutes() != null
				&& (request.durationMinutes() < 1 || request.durationMinutes() > 24 * 60)) {
			errors.add(new FieldError("durationMinutes", "must be between 1 and 1440 minutes"));
		}
		required(errors, "quoteToken", request.quoteToken());
		name(errors, "customerName", request.customerName());
		email(errors, "customerEmail", request.customerEmail(), true);
		Optional<String> phone = PhoneNumbers.normalize(request.customerPhone(), PhoneNumbers.Country.of(terms.zone()));
		if (phone.isEmpty()) {
			errors.add(phoneError(terms.zone()));
		}
		if (request.scheduledDateTime() == null) {
			errors.add(new FieldError("scheduledDateTime", "is required"));
		}
		else if (!request.scheduledDateTime().isAfter(now)) {
			errors.add(new FieldError("scheduledDateTime", "must be in the future"));
		}
		atMost(errors, "specialInstructions", request.specialInstructions(), NOTES_MAX);
		Party party = party(request.attendees());
		errors.addAll(party.errors());
		if (party.seats() > terms.capacity()) {
			errors.add(new FieldError("attendees", "this service seats at most " + terms.capacity()));
		}
		Optional<Recurrence> recurrence = recurrence(errors, request, terms);
		MessagePreferences notices = MessagePreferences.chosen(request.language(), request.channels(),
				phone.orElse(null), errors);
		return errors.isEmpty()
				? new RequestCheck.Valid(party.attendees(), party.seats(), recurrence, phone.get(), notices)
				: new RequestCheck.Invalid(errors);
	}

	/**
	 * The attendees a booking is made or changed for, each field checked, and the seats
	 * they take.
	 */
	public static Party party(List<BookingRequest.AttendeeRequest> requested) {
		List<FieldError> errors = new ArrayList<>();
		List<Attendee> attendees = attendees(errors, requested);
		return new Party(attendees, Party.seatsFor(attendees.size()), errors);
	}

	/**
	 * The phone number in E.164 form, read as typed with the national numbering of the
	 * country of the zone (the booking's or the service's); or the error naming
	 * {@code customerPhone}.
	 */
	public static Optional<String> phone(String typed, ZoneId zone) {
		return PhoneNumbers.normalize(typed, PhoneNumbers.Country.of(zone));
	}

	public static FieldError phoneError(ZoneId zone) {
		String example = PhoneNumbers.Country.of(zone).map(country -> switch (country) {
			case NANP -> "(713) 555-0101 or +1 713 555 0101";
			case AR -> "011 15-5555-0101 or +54 9 11 5555-0101";
			case GB -> "020 7946 0958 or +44 20 7946 0958";
		}).orElse("+15125550100");
		return new FieldError("customerPhone", "must be a phone number we can dial, like " + example);
	}

	/**
	 * The contact and notes of an existing booking, as {@code PUT /bookings/{id}} changes
	 * them; null means unchanged. The phone is read on the booking's zone: see
	 * {@link #phone(String, ZoneId)}.
	 */
	public static List<FieldError> checkDetails(String name, String email, String phone, String notes, ZoneId zone) {
		List<FieldError> errors = new ArrayList<>();
		if (name != null) {
			name(errors, "customerName", name);
		}
		if (email != null) {
			email(errors, "customerEmail", email, true);
		}
		if (phone != null && phone(phone, zone).isEmpty()) {
			errors.add(phoneError(zone));
		}
		atMost(errors, "specialInstructions", notes, NOTES_MAX);
		return errors;
	}

	private static List<Attendee> attendees(List<FieldError> errors, List<BookingRequest.AttendeeRequest> requested) {
		if (requested == null) {
			return List.of();
		}
		List<Attendee> attendees = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			String field = "attendees[" + i + "]";
			BookingRequest.AttendeeRequest attendee = requested.get(i);
			if (attendee == null) {
				errors.add(new FieldError(field, "is required"));
				continue;
			}
			name(errors, field + ".name", attendee.name());
			email(errors, field + ".email", attendee.email(), false);
			List<Attendee.Requirement> requirements = requirements(errors, field, attendee.requirements());
			attendees.add(new Attendee(trimmed(attendee.name()), attendee.email(), requirements));
		}
		return attendees;
	}

	private static List<Attendee.Requirement> requirements(List<FieldError> errors, String attendeeField,
			List<BookingRequest.RequirementRequest> requested) {
		if (requested == null) {
			return List.of();
		}
		List<Attendee.Requirement> requirements = new ArrayList<>();
		for (int j = 0; j < requested.size(); j++) {
			String field = attendeeField + ".requirements[" + j + "]";
			BookingRequest.RequirementRequest requirement = requested.get(j);
			if (requirement == null) {
				errors.add(new FieldError(field, "is required"));
				continue;
			}
			required(errors, field + ".type", requirement.type());
			atMost(errors, field + ".type", requirement.type(), REQUIREMENT_TYPE_MAX);
			atMost(errors, field + ".details", requirement.details(), NOTES_MAX);
			Optional<RequirementPriority> priority = RequirementPriority.parse(requirement.priority());
			if (priority.isEmpty()) {
				errors.add(new FieldError(field + ".priority",
						"must be one of " + Arrays.toString(RequirementPriority.values())));
			}
			else {
				requirements
					.add(new Attendee.Requirement(trimmed(requirement.type()), priority.get(), requirement.details()));
			}
		}
		return requirements;
	}

	private static Optional<Recurrence> recurrence(List<FieldError> errors, BookingRequest request,
			ServiceTerms terms) {
		BookingRequest.RecurrenceRequest asked = request.recurrence();
		if (asked == null) {
			return Optional.empty();
		}
		int before = errors.size();
		Optional<Frequency> frequency = Arrays.stream(Frequency.values())
			.filter(f -> f.name().equals(asked.frequency()))
			.findFirst();
		if (frequency.isEmpty()) {
			errors.add(new FieldError("recurrence.frequency", "must be one of " + Arrays.toString(Frequency.values())));
		}
		Optional<OnConflict> onConflict = asked.onConflict() == null ? Optional.of(OnConflict.FAIL)
				: Arrays.stream(OnConflict.values()).filter(o -> o.name().equals(asked.onConflict())).findFirst();
		if (onConflict.isEmpty()) {
			errors
				.add(new FieldError("recurrence.onConflict", "must be one of " + Arrays.toString(OnConflict.values())));
		}
		if ((asked.count() == null) == (asked.until() == null)) {
			errors.add(new FieldError("recurrence", "give either count or until"));
		}
		else if (asked.count() != null && (asked.count() < 1 || asked.count() > Recurrence.MAX_OCCURRENCES)) {
			errors.add(new FieldError("recurrence.count", "must be between 1 and " + Recurrence.MAX_OCCURRENCES));
		}
		else if (asked.until() != null && request.scheduledDateTime() != null) {
			LocalDate firstDay = request.scheduledDateTime().atZone(terms.zone()).toLocalDate();
			if (asked.until().isBefore(firstDay)) {
				errors.add(new FieldError("recurrence.until", "must not be before the first occurrence"));
			}
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		return Optional.of(new Recurrence(frequency.get(), asked.count(), asked.until(), onConflict.get()));
	}

	private static void name(List<FieldError> errors, String field, String value) {
		String name = trimmed(value);
		int length = name == null ? 0 : name.codePointCount(0, name.length());
		if (length < NAME_MIN || length > NAME_MAX) {
			errors.add(new FieldError(field, "must be " + NAME_MIN + " to " + NAME_MAX + " characters"));
		}
	}

	private static void email(List<FieldError> errors, String field, String value, boolean required) {
		if (value == null && !required) {
			return;
		}
		if (value == null || value.length() > EMAIL_MAX || !EMAIL.matcher(value).matches()) {
			errors.add(new FieldError(field, "must be an email address"));
		}
	}

	private static void required(List<FieldError> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "is required"));
		}
	}

	private static void atMost(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters"));
		}
	}

	private static String trimmed(String value) {
		return value == null ? null : value.strip();
	}

}
