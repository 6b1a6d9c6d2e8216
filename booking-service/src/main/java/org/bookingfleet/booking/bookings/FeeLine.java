package org.bookingfleet.booking.bookings;

/** One fee that joined a booking's price after it was made, with the rule behind it. */
public record FeeLine(String code, String label, long amountCents, String rule) {

	/** The code of the fee a reschedule inside the policy's late window charges. */
	public static final String RESCHEDULE_FEE = "RESCHEDULE_FEE";

}
