package org.bookingfleet.payment.billing.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.bookingfleet.events.booking.Attendee;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.payment.billing.invoice.Appointment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each booking is for, as booking events tell it (its start, its seats, and once it
 * is confirmed its attendees by name), so its invoice can say so. Events of one booking
 * arrive in order; applying one again changes nothing.
 */
@Repository
public class BookingAppointments {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatabaseClient database;

	public BookingAppointments(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> requested(BookingRequested event) {
		return upsert(event.bookingId(), event.serviceId(), null, event.start(), null, Math.max(1, event.seats()),
				null);
	}

	public Mono<Void> rescheduled(BookingRescheduled event) {
		return upsert(event.bookingId(), event.serviceId(), null, event.start(), event.timeZone(),
				Math.max(1, event.seats()), null);
	}

	public Mono<Void> confirmed(BookingConfirmed event) {
		List<String> names = attendeeNames(event);
		return upsert(event.bookingId(), event.serviceId(), event.serviceName(), event.start(), event.timeZone(),
				Math.max(1, names.size()), names);
	}

	/** The attendees a confirmation names, in its order. */
	public static List<String> attendeeNames(BookingConfirmed event) {
		return event.attendees() == null ? List.of()
				: event.attendees()
					.stream()
					.map(Attendee::name)
					.filter(name -> name != null && !name.isBlank())
					.toList();
	}

	/** The appointment as its invoice shows it; empty when the booking told nothing. */
	public Mono<Appointment> of(UUID bookingId) {
		return database
			.sql("select service_name, start_at, time_zone, seats, attendees from booking_appointment "
					+ "where booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> new Appointment(row.get("service_name", String.class), row.get("start_at", Instant.class),
					row.get("time_zone", String.class), row.get("seats", Integer.class),
					List.of(JSON.readValue(row.get("attendees", Json.class).asString(), String[].class))))
			.one();
	}

	private Mono<Void> upsert(UUID bookingId, String serviceId, String serviceName, Instant start, String zone,
			int seats, List<String> attendees) {
		return database
			.sql("insert into booking_appointment (booking_id, service_id, service_name, start_at, time_zone, seats, "
					+ "attendees) values (:booking, :service, :name, :start, :zone, :seats, "
					+ "coalesce(:attendees, '[]'::jsonb)) on conflict (booking_id) do update set "
					+ "service_name = coalesce(excluded.service_name, booking_appointment.service_name), "
					+ "start_at = coalesce(excluded.start_at, booking_appointment.start_at), "
					+ "time_zone = coalesce(excluded.time_zone, booking_appointment.time_zone), "
					+ "seats = excluded.seats, " + "attendees = coalesce(:attendees, booking_appointment.attendees)")
			.bind("booking", bookingId)
			.bind("service", serviceId == null ? "" : serviceId)
			.bind("name", Parameter.fromOrEmpty(serviceName, String.class))
			.bind("start", Parameter.fromOrEmpty(start, Instant.class))
			.bind("zone", Parameter.fromOrEmpty(zone, String.class))
			.bind("seats", seats)
			.bind("attendees",
					Parameter.fromOrEmpty(attendees == null ? null : Json.of(JSON.writeValueAsString(attendees)),
							Json.class))
			.fetch()
			.rowsUpdated()
			.then();
	}

}
