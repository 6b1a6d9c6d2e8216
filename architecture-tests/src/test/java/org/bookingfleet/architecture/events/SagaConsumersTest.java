package org.bookingfleet.architecture.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bookingfleet.booking.saga.BookingSaga;
import org.bookingfleet.booking.saga.EventConsumer;
import org.junit.jupiter.api.Test;

/**
 * The booking saga's definition names who acts on each event its steps write; the
 * subscriptions of the fleet (what {@code docs/events.md} is generated from) must say the
 * same, so the definition cannot drift from the code.
 */
class SagaConsumersTest {

	@Test
	void theSagaNamesEveryServiceThatSubscribesToItsEventsAndNoOther() {
		Map<String, EventMap.Event> byType = EventMap.of(EventsDocumentTest.FLEET)
			.stream()
			.collect(Collectors.toMap(EventMap.Event::type, Function.identity()));

		assertThat(BookingSaga.events()).isNotEmpty().allSatisfy(type -> {
			assertThat(byType).as("an event contract of type %s", type).containsKey(type);
			Set<String> subscribed = byType.get(type)
				.consumers()
				.stream()
				.map(consumer -> consumer.substring(0, consumer.indexOf(' ')))
				.collect(Collectors.toSet());
			List<String> named = BookingSaga.consumersOf(type).stream().map(EventConsumer::service).toList();
			assertThat(named).as("who the saga says acts on %s", type).doesNotHaveDuplicates();
			assertThat(Set.copyOf(named)).as("who the saga says acts on %s", type).isEqualTo(subscribed);
		});
	}

}
