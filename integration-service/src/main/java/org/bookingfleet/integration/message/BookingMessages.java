package org.bookingfleet.integration.message;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.bookingfleet.integration.booking.Attendee;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.RequirementPriority;

/**
 * Fills a template with a booking's facts, its date and time told in the provider's time
 * zone.
 */
public final class BookingMessages {

	private final MessageCatalog catalog;

	public BookingMessages(MessageCatalog catalog) {
		this.catalog = catalog;
	}

	public RenderedMessage render(MessageKind kind, BookingSnapshot booking, Language language) {
		return catalog.template(kind, language).render(values(booking, language));
	}

	public RenderedMessage renderForCustomer(MessageKind kind, BookingSnapshot booking) {
		return render(kind, booking, Language.of(booking.customer().languageTag()));
	}

	private static Map<String, String> values(BookingSnapshot booking, Language language) {
		ZonedDateTime start = booking.start().atZone(booking.providerZone());
		Map<String, String> values = new HashMap<>();
		values.put("customer", booking.customer().name());
		values.put("service", booking.serviceName());
		values.put("provider", booking.providerName());
		values.put("date", DateTimeFormatter.ofPattern(language.datePattern(), language.locale()).format(start));
		values.put("time", DateTimeFormatter.ofPattern(language.timePattern(), language.locale()).format(start));
		values.put("zone", booking.providerZone().getId());
		values.put("address", booking.address().orElse("-"));
		values.put("bookingId", booking.bookingId().toString());
		values.put("requirements", criticalRequirements(booking));
		return values;
	}

	private static String criticalRequirements(BookingSnapshot booking) {
		return booking.attendees()
			.stream()
			.filter(Attendee::hasCriticalRequirement)
			.flatMap(attendee -> attendee.requirements()
				.stream()
				.filter(r -> r.priority() == RequirementPriority.CRITICAL)
				.map(r -> "- " + attendee.name() + ": " + r.type()
						+ (r.details().isBlank() ? "" : " (" + r.details() + ")")))
			.collect(Collectors.joining("\n"));
	}

}
