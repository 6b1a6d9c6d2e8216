package org.bookingfleet.integration.job.internal.partner;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.job.Partner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/**
 * The provider's calendar (Google Calendar REST v3). The event id is chosen by us from
 * the booking id, so an insert that already happened answers 409 and counts as done: one
 * event per booking.
 */
@Component
public class GoogleCalendar {

	private final WebClient web;

	private final PartnerGuard guard;

	public GoogleCalendar(PartnerGuards guards, IntegrationProperties properties) {
		IntegrationProperties.Endpoint settings = properties.partners().googleCalendar();
		this.web = guards.webClient(Partner.GOOGLE_CALENDAR)
			.baseUrl(settings.baseUrl())
			.defaultHeader("Authorization", "Bearer " + settings.token())
			.build();
		this.guard = guards.of(Partner.GOOGLE_CALENDAR);
	}

	public Mono<Void> insert(String calendarId, String eventId, BookingSnapshot booking) {
		return guard
			.call(web.post()
				.uri("/calendars/{calendar}/events", calendarId)
				.bodyValue(event(eventId, booking))
				.retrieve()
				.toBodilessEntity())
			.onErrorResume(WebClientResponseException.class,
					e -> e.getStatusCode().value() == HttpStatus.CONFLICT.value() ? Mono.empty() : Mono.error(e))
			.then();
	}

	/** An update of an event that is not there (yet) becomes its insert. */
	public Mono<Void> update(String calendarId, String eventId, BookingSnapshot booking) {
		return guard
			.call(web.put()
				.uri("/calendars/{calendar}/events/{event}", calendarId, eventId)
				.bodyValue(event(eventId, booking))
				.retrieve()
				.toBodilessEntity())
			.then()
			.onErrorResume(WebClientResponseException.NotFound.class, e -> insert(calendarId, eventId, booking));
	}

	/** Deleting an event already gone is done. */
	public Mono<Void> delete(String calendarId, String eventId) {
		return guard
			.call(web.delete()
				.uri("/calendars/{calendar}/events/{event}", calendarId, eventId)
				.retrieve()
				.toBodilessEntity())
			.then()
			.onErrorResume(WebClientResponseException.class,
					e -> e.getStatusCode().value() == 404 || e.getStatusCode().value() == 410 ? Mono.empty()
							: Mono.error(e));
	}

	private static Map<String, Object> event(String eventId, BookingSnapshot booking) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("id", eventId);
		event.put("summary", booking.serviceName() + " - " + booking.customer().name());
		event.put("description", "Booking " + booking.bookingId() + "\n" + booking.customer().email()
				+ booking.customer().phone().map(phone -> "\n" + phone).orElse(""));
		booking.address().ifPresent(address -> event.put("location", address));
		String zone = booking.providerZone().getId();
		event.put("start", Map.of("dateTime", local(booking, booking.start()), "timeZone", zone));
		event.put("end", Map.of("dateTime", local(booking, booking.end()), "timeZone", zone));
		event.put("status", "confirmed");
		return event;
	}

	private static String local(BookingSnapshot booking, java.time.Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(booking.providerZone()));
	}

}
