package org.bookingfleet.integration.fanout.consumer;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.integration.booking.Attendee;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.booking.Customer;
import org.bookingfleet.integration.booking.Requirement;
import org.bookingfleet.integration.booking.RequirementPriority;
import org.bookingfleet.integration.booking.ServiceType;
import org.bookingfleet.integration.settings.IntegrationProperties.ProviderContact;

/**
 * Reads a BookingConfirmed contract into this service's picture of the booking,
 * tolerating values it does not know.
 */
final class ConfirmedBookings {

	private ConfirmedBookings() {
	}

	static BookingSnapshot snapshot(BookingConfirmed event, long version, ProviderContact provider) {
		var customer = event.customer();
		Set<Channel> channels = customer.channels() == null ? Set.of(Channel.EMAIL)
				: customer.channels()
					.stream()
					.map(ConfirmedBookings::channel)
					.flatMap(Optional::stream)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
		List<Attendee> attendees = event.attendees() == null ? List.of()
				: event.attendees()
					.stream()
					.map(a -> new Attendee(a.name(), a.email(),
							a.requirements() == null ? List.of()
									: a.requirements()
										.stream()
										.map(r -> new Requirement(r.type(), priority(r.priority()), r.details()))
										.toList()))
					.toList();
		return new BookingSnapshot(event.bookingId(), version, event.serviceName(), serviceType(event.serviceType()),
				provider.name(), provider.email(), provider.calendarId(), ZoneId.of(event.timeZone()), event.start(),
				event.end(), Optional.ofNullable(event.address()).filter(a -> !a.isBlank()),
				new Customer(customer.name(), customer.email(),
						Optional.ofNullable(customer.phone()).filter(p -> !p.isBlank()), customer.language(), channels),
				attendees);
	}

	private static Optional<Channel> channel(String name) {
		return Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
	}

	private static RequirementPriority priority(String name) {
		return Arrays.stream(RequirementPriority.values())
			.filter(p -> p.name().equalsIgnoreCase(name))
			.findFirst()
			.orElse(RequirementPriority.STANDARD);
	}

	private static ServiceType serviceType(String name) {
		return Arrays.stream(ServiceType.values())
			.filter(t -> t.name().equalsIgnoreCase(name))
			.findFirst()
			.orElse(ServiceType.IN_STORE);
	}

}
