package org.bookingfleet.architecture.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code docs/events.md}, written from the event map. */
final class EventsDocument {

	private EventsDocument() {
	}

	static String render(List<EventMap.Event> events) {
		StringBuilder text = new StringBuilder();
		text.append("# Events\n\n");
		text.append("<!-- Generated from the code by architecture-tests (EventsDocumentTest); do not edit by hand.\n");
		text.append(
				"     Regenerate: ./mvnw -pl architecture-tests test -Dtest=EventsDocumentTest -Devents.write=true -->\n\n");
		text.append(
				"Every event is a contract record in `platform/events` (`@EventContract`: its type, topic, key and\n");
		text.append(
				"version), written through the producer's outbox in the transaction of the change it announces and\n");
		text.append(
				"read by each consumer's `EventSubscription` once (a durable subscription records the event's id in\n");
		text.append(
				"the transaction that applies it; one marked \"every instance\" is a live view that every instance\n");
		text.append(
				"hears). Events of one key reach each consumer in the order they were written. Producers are the\n");
		text.append(
				"services that construct the record; consumers are named by service and the subscription's bean.\n");
		Map<String, List<EventMap.Event>> byTopic = new LinkedHashMap<>();
		for (EventMap.Event event : events) {
			byTopic.computeIfAbsent(event.topic(), topic -> new java.util.ArrayList<>()).add(event);
		}
		for (Map.Entry<String, List<EventMap.Event>> topic : byTopic.entrySet()) {
			text.append("\n## `").append(topic.getKey()).append("`\n\n");
			text.append("| event | v | key | producer | consumers | fields |\n");
			text.append("| --- | --- | --- | --- | --- | --- |\n");
			for (EventMap.Event event : topic.getValue()) {
				text.append("| ")
					.append(event.type())
					.append(" | ")
					.append(event.version())
					.append(" | `")
					.append(event.key())
					.append("` | ")
					.append(listed(event.producers()))
					.append(" | ")
					.append(listed(event.consumers()))
					.append(" | ")
					.append(String.join(", ", event.fields()))
					.append(" |\n");
			}
		}
		return text.toString();
	}

	private static String listed(List<String> names) {
		return names.isEmpty() ? "none" : String.join("<br>", names);
	}

}
