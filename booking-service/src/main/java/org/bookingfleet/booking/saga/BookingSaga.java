package org.bookingfleet.booking.saga;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The booking's saga in one place: its steps ({@link SagaStep}) and who acts on the
 * events they write ({@link #consumersOf}, the one list of them). The consumers named
 * here are the subscriptions of the fleet: {@code docs/events.md} is generated from the
 * same subscriptions, and a test of the architecture compares the two. Every status event
 * is also heard by every booking-service instance (live status), so a waiting
 * {@code POST /bookings} answers with the settled booking.
 */
public final class BookingSaga {

	private static final EventConsumer LIVE_STATUS = new EventConsumer("booking-service",
			"every instance hears the status change; a waiting POST /bookings answers");

	private static final Map<String, List<EventConsumer>> CONSUMERS = consumers();

	private BookingSaga() {
	}

	/** Every step, in the order of the table. */
	public static List<SagaStep> steps() {
		return List.of(SagaStep.values());
	}

	/**
	 * The step an input is in the situation it finds the booking in.
	 * @throws IllegalArgumentException when the table has no such row
	 */
	public static SagaStep step(SagaInput input, Situation situation) {
		return Arrays.stream(SagaStep.values())
			.filter(step -> step.input() == input && step.situation() == situation)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("the saga has no step for " + input + " " + situation));
	}

	/** Who acts on an event the saga writes. */
	public static List<EventConsumer> consumersOf(String eventType) {
		return CONSUMERS.getOrDefault(eventType, List.of());
	}

	/** The event types the saga's steps write, in the order of the table. */
	public static List<String> events() {
		return steps().stream().flatMap(step -> step.announces().stream()).distinct().toList();
	}

	/** The table as Markdown, one row per step, for the documentation. */
	public static String table() {
		StringBuilder out = new StringBuilder(
				"| step | input | situation | action | reaches | announces | compensation |\n"
						+ "| --- | --- | --- | --- | --- | --- | --- |\n");
		for (SagaStep step : SagaStep.values()) {
			out.append("| ")
				.append(step.name())
				.append(" | ")
				.append(step.input().source())
				.append(" | ")
				.append(step.situation())
				.append(" | ")
				.append(step.action() == null ? "-" : step.action().name())
				.append(" | ")
				.append(step.reaches().isEmpty() ? "(stays)"
						: step.reaches().stream().map(Enum::name).collect(Collectors.joining(", ")))
				.append(" | ")
				.append(step.announces().isEmpty() ? "-" : String.join(", ", step.announces()))
				.append(" | ")
				.append(step.compensation().meaning())
				.append(" |\n");
		}
		return out.toString();
	}

	private static Map<String, List<EventConsumer>> consumers() {
		Map<String, List<EventConsumer>> consumers = new LinkedHashMap<>();
		consumers.put("BookingRequested",
				List.of(new EventConsumer("availability-service",
						"books the hold's span, answers SlotReserved or SlotRejected"),
						new EventConsumer("payment-service", "notes the appointment")));
		consumers.put("BookingAwaitingPayment",
				List.of(new EventConsumer("payment-service", "keeps what is due for the payment intent"), LIVE_STATUS));
		consumers.put("BookingConfirmed",
				List.of(new EventConsumer("integration-service",
						"CRM, calendar, notarization, reminders and the confirmation message"),
						new EventConsumer("payment-service", "notes the confirmation"),
						new EventConsumer("pricing-service", "counts the promo code's redemption"), LIVE_STATUS));
		consumers.put("BookingRejected", List.of(LIVE_STATUS));
		consumers.put("BookingCancelled",
				List.of(new EventConsumer("availability-service", "releases the slot"),
						new EventConsumer("payment-service",
								"refunds what the policy gives back or cancels the intent"),
						new EventConsumer("integration-service",
								"cancels calendar, notarization and CRM work and tells the customer"),
						LIVE_STATUS));
		consumers.put("BookingExpired", List.of(new EventConsumer("availability-service", "releases the slot"),
				new EventConsumer("payment-service", "cancels the intent or refunds"), LIVE_STATUS));
		consumers.put("BookingRescheduled",
				List.of(new EventConsumer("availability-service",
						"books the new slot (SlotReserved or SlotRejected) and releases the old"),
						new EventConsumer("integration-service", "moves the partner work to the new time"),
						new EventConsumer("payment-service", "notes the new time")));
		consumers.put("BookingFeeCharged", List
			.of(new EventConsumer("payment-service", "asks for the new amount due or refunds what was overpaid")));
		consumers.put("PaymentNotApplied", List.of(new EventConsumer("payment-service", "refunds the payment in full"),
				new EventConsumer("integration-service", "no longer counts it towards the balance")));
		return Map.copyOf(consumers);
	}

}
