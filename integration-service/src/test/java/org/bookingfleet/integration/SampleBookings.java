package org.bookingfleet.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.integration.booking.Attendee;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.booking.Customer;
import org.bookingfleet.integration.booking.Price;
import org.bookingfleet.integration.booking.Requirement;
import org.bookingfleet.integration.booking.RequirementPriority;
import org.bookingfleet.integration.booking.ServiceType;

/** Bookings of the four businesses, as the integration service receives them. */
public final class SampleBookings {

	public static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	public static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	private SampleBookings() {
	}

	public static BookingSnapshot ronAcknowledgment(Instant start) {
		return new BookingSnapshot(
				UUID.fromString("5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f"), 3, "RON Acknowledgment", ServiceType.RON,
				"Hannah Moore", "hannah@houstonmobilenotary.example", "hannah@houstonmobilenotary.example", HOUSTON,
				start, start.plus(Duration.ofMinutes(30)), Optional.empty(), new Customer("Dana Smith",
						"dana@example.com", Optional.of("+17135550101"), "en", Set.of(Channel.EMAIL, Channel.SMS)),
				List.of());
	}

	public static BookingSnapshot haircut(Instant start) {
		return new BookingSnapshot(UUID.fromString("0b7e6a52-1c2d-4e3f-9a0b-1c2d3e4f5a6b"), 1, "Corte de pelo",
				ServiceType.IN_STORE, "Martín Gómez", "martin@barberpro.example", "primary", BUENOS_AIRES, start,
				start.plus(Duration.ofMinutes(45)), Optional.of("Av. Corrientes 1234, CABA"),
				new Customer("Lucía Fernández", "lucia@example.com", Optional.of("+5491155550123"), "es-AR",
						Set.of(Channel.EMAIL, Channel.WHATSAPP)),
				List.of());
	}

	public static BookingSnapshot firstAidCourse(Instant start) {
		return new BookingSnapshot(UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"), 2,
				"Emergency First Aid at Work", ServiceType.COURSE, "Lex Carter", "lex@reactfasttraining.example",
				"training-room-1", LONDON, start, start.plus(Duration.ofHours(6)),
				Optional.of("Unit 4, Maidstone, Kent"),
				new Customer("Priya Shah", "priya@example.com", Optional.empty(), "en-GB",
						Set.of(Channel.EMAIL, Channel.SMS)),
				List.of(new Attendee("Priya Shah", "priya@example.com", List.of()),
						new Attendee("Tom Reed", "tom@example.com",
								List.of(new Requirement("WHEELCHAIR_ACCESS", RequirementPriority.CRITICAL,
										"step-free route to the training room"),
										new Requirement("DIETARY", RequirementPriority.STANDARD, "vegetarian")))));
	}

	/**
	 * A course booked by a Spanish speaker for three: themselves (under their own address
	 * again), two others with addresses, and one without.
	 */
	public static BookingSnapshot courseForThree(Instant start) {
		return new BookingSnapshot(UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"), 2, "Primeros auxilios",
				ServiceType.COURSE, "Sarah Whitfield", "sarah@example.com", "primary", BUENOS_AIRES, start,
				start.plus(Duration.ofHours(3)), Optional.of("Av. Santa Fe 1234, C1425 Buenos Aires, CABA, Argentina"),
				new Customer("Carla Ruiz", "buyer@example.com", Optional.of("+5491155550999"), "es-AR",
						Set.of(Channel.EMAIL, Channel.WHATSAPP)),
				List.of(new Attendee("Carla Ruiz", "Buyer@Example.com", List.of()),
						new Attendee("Ana Díaz", "ana@example.com", List.of()),
						new Attendee("Ben Ortiz", "ben@example.com", List.of()),
						new Attendee("Sin Correo", null, List.of())),
				new Price(9_000_000, "ARS"));
	}

	/** The booking at the price the confirmation said. */
	public static BookingSnapshot priced(BookingSnapshot b, long cents, String currency) {
		return new BookingSnapshot(b.bookingId(), b.version(), b.serviceName(), b.serviceType(), b.providerName(),
				b.providerEmail(), b.providerCalendarId(), b.providerZone(), b.start(), b.end(), b.address(),
				b.customer(), b.attendees(), new Price(cents, currency));
	}

}
