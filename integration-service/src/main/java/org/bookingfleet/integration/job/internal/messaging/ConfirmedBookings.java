package org.bookingfleet.integration.job.internal.messaging;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.integration.IntegrationProperties.ProviderContact;
import org.bookingfleet.integration.booking.Attendee;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.booking.Customer;
import org.bookingfleet.integration.booking.Price;
import org.bookingfleet.integration.booking.Requirement;
import org.bookingfleet.integration.booking.RequirementPriority;
import org.bookingfleet.integration.booking.ServiceType;
import org.bookingfleet.integration.message.PostalAddress;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a BookingConfirmed contract into this service's picture of the booking,
 * tolerating values it does not know.
 */
final class ConfirmedBookings {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
				event.end(), written(event.address()),
				new Customer(customer.name(), customer.email(),
						Optional.ofNullable(customer.phone()).filter(p -> !p.isBlank()), customer.language(), channels),
				attendees, price(event.price()));
	}

	/**
	 * The booking's address as people of its country write it; the booking service keeps
	 * it as JSON ({@code {"line1":…,"city":…}}), an older or hand-made one may be plain
	 * text and is kept as it is.
	 */
	static Optional<String> written(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		String text = address.strip();
		if (!text.startsWith("{")) {
			return Optional.of(text);
		}
		try {
			JsonNode json = JSON.readTree(text);
			return new PostalAddress(field(json, "line1"), field(json, "city"), field(json, "state"),
					field(json, "postalCode"), field(json, "country"))
				.written();
		}
		catch (JacksonException unreadable) {
			return Optional.of(text);
		}
	}

	private static String field(JsonNode json, String name) {
		JsonNode value = json.get(name);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static Price price(PriceSnapshot price) {
		return price == null || price.currency() == null ? null : new Price(price.totalCents(), price.currency());
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
