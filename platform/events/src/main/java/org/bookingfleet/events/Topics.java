package org.bookingfleet.events;

/** The fleet's topics. Each has a dead-letter twin named {@code <topic>.dlq}. */
public final class Topics {

	public static final String CATALOG = "catalog.events";

	public static final String AVAILABILITY = "availability.events";

	public static final String BOOKING = "booking.events";

	public static final String PAYMENT = "payment.events";

	public static final String INTEGRATION = "integration.events";

	private Topics() {
	}

	public static String deadLetters(String topic) {
		return topic + ".dlq";
	}

}
