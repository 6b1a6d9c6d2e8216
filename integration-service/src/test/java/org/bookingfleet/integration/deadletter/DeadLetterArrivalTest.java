package org.bookingfleet.integration.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DeadLetterArrivalTest {

	private static final Map<String, String> HEADERS = Map.of("dlq.consumer", "booking-service.saga", "dlq.error.class",
			"java.lang.IllegalStateException", "dlq.error.message", "no such hold", "dlq.original.topic",
			"availability.events", "dlq.original.partition", "3", "dlq.original.offset", "17");

	@Test
	void anEventIsOneLetterPerConsumerWhereverItWasOnItsTopic() {
		UUID event = UUID.randomUUID();
		DeadLetterArrival first = new DeadLetterArrival("availability.events.dlq", HEADERS, "k", event, "SlotHeld");
		DeadLetterArrival again = new DeadLetterArrival("availability.events.dlq",
				Map.of("dlq.consumer", "booking-service.saga", "dlq.original.offset", "99"), "k", event, "SlotHeld");
		DeadLetterArrival otherConsumer = new DeadLetterArrival("availability.events.dlq",
				Map.of("dlq.consumer", "integration-service.waitlist-offer-holds"), "k", event, "SlotHeld");

		assertThat(again.letterKey()).isEqualTo(first.letterKey());
		assertThat(otherConsumer.letterKey()).isNotEqualTo(first.letterKey());
		assertThat(first.originalTopic()).isEqualTo("availability.events");
		assertThat(first.failureClass()).isEqualTo("java.lang.IllegalStateException");
		assertThat(first.failureMessage()).isEqualTo("no such hold");
	}

	@Test
	void aRecordThatIsNotAnEventIsKnownByItsPlace() {
		DeadLetterArrival garbage = new DeadLetterArrival("catalog.events.dlq",
				Map.of("dlq.consumer", "pricing-service.catalog-view"), null, null, null);

		assertThat(garbage.originalTopic()).isEqualTo("catalog.events");
		assertThat(garbage.recordKey()).isEmpty();
		assertThat(garbage.letterKey()).isEqualTo("pricing-service.catalog-view catalog.events-?@?");
		assertThat(new DeadLetterArrival("catalog.events.dlq", HEADERS, "k", null, null).letterKey())
			.isEqualTo("booking-service.saga availability.events-3@17");
	}

	@Test
	void aRecordNoConsumerWroteIsNoLetter() {
		assertThat(new DeadLetterArrival("integration.events.dlq", Map.of("ce_type", "IntegrationFailed"), "b",
				UUID.randomUUID(), "IntegrationFailed")
			.consumer()).isEmpty();
	}

	@Test
	void onlyANewEventIsRetriedAndOnlyANewLetterDismissed() {
		Instant now = Instant.parse("2026-12-04T05:00:00Z");
		DeadLetter event = new DeadLetter(UUID.randomUUID(), "booking.events", "b", "BookingConfirmed",
				UUID.randomUUID(), "c", "x", "m", DeadLetterStatus.NEW, 1, now, now, now);
		DeadLetter notAnEvent = new DeadLetter(UUID.randomUUID(), "booking.events", "b", null, null, "c", "x", "m",
				DeadLetterStatus.NEW, 1, now, now, now);

		assertThat(event.retryRefusal()).isEmpty();
		assertThat(event.dismissalRefusal()).isEmpty();
		assertThat(notAnEvent.retryRefusal()).isPresent();
		assertThat(notAnEvent.dismissalRefusal()).isEmpty();
		DeadLetter retried = event.settled(DeadLetterStatus.RETRIED, now.plusSeconds(5));
		assertThat(retried.retryRefusal()).isPresent();
		assertThat(retried.dismissalRefusal()).isPresent();
		assertThat(retried.updatedAt()).isEqualTo(now.plusSeconds(5));
		assertThat(event.settled(DeadLetterStatus.DISMISSED, now).retryRefusal()).isPresent();
	}

}
