package org.bookingfleet.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.SlotReserved;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * An event ordered by a component of its contract is ordered by that component's value;
 * without one, or when the event lacks it, by its record's key; a name that is no
 * component fails where the subscription is declared.
 */
class EventSubscriptionTest {

	private static final String BOOKING = "0b0c9a52-3f4e-4d7e-9a39-5d0f1c2b7e11";

	@Test
	void anEventOrderedByItsBookingIsOrderedByThatBookingNotByItsProvider() {
		EventSubscription saga = EventSubscription.named("saga")
			.on(SlotReserved.class, "bookingId", (event, envelope) -> Mono.empty());

		assertThat(saga.orderOf(reserved("{\"bookingId\":\"" + BOOKING + "\",\"providerId\":13}"), "13"))
			.isEqualTo(BOOKING);
		assertThat(saga.orderOf(reserved("{\"providerId\":13}"), "13")).isEqualTo("13");
	}

	@Test
	void withoutAnOrderTheRecordsKeyOrdersIt() {
		EventSubscription waitlist = EventSubscription.named("waitlist")
			.on(SlotReserved.class, (event, envelope) -> Mono.empty());

		assertThat(waitlist.orderOf(reserved("{\"bookingId\":\"" + BOOKING + "\"}"), "13")).isEqualTo("13");
	}

	@Test
	void anOrderThatNamesNoComponentFailsWhereItIsDeclared() {
		assertThatThrownBy(() -> EventSubscription.named("saga")
			.on(SlotReserved.class, "bookingID", (event, envelope) -> Mono.empty()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("bookingID");
	}

	@Test
	void anEventIsAppliedOnlyWhenItsConcernSaysSoAndWithoutOneAlways() {
		EventSubscription line = EventSubscription.named("waitlist")
			.on(SlotReserved.class, reserved -> Mono.just(reserved.holdId() != null),
					(event, envelope) -> Mono.empty());
		EventSubscription saga = EventSubscription.named("saga")
			.on(SlotReserved.class, (event, envelope) -> Mono.empty());

		EventEnvelope withHold = reserved("{\"holdId\":\"" + BOOKING + "\",\"providerId\":13}");
		EventEnvelope withoutHold = reserved("{\"providerId\":13}");
		assertThat(line.application(withHold).orElseThrow().concerned().block()).isTrue();
		assertThat(line.application(withoutHold).orElseThrow().concerned().block()).isFalse();
		assertThat(saga.application(withoutHold).orElseThrow().concerned().block()).isTrue();
	}

	private static EventEnvelope reserved(String data) {
		return new EventEnvelope(UUID.randomUUID(), "SlotReserved", "availability-service", Instant.now(), "13", 0, 1,
				EventCodec.tree(data));
	}

}
