package org.bookingfleet.booking.lifecycle;

public enum BookingStatus {

	PENDING, AWAITING_PAYMENT, CONFIRMED, COMPLETED, NO_SHOW, CANCELLED, REJECTED, EXPIRED;

	public boolean isTerminal() {
		return switch (this) {
			case PENDING, AWAITING_PAYMENT, CONFIRMED -> false;
			case COMPLETED, NO_SHOW, CANCELLED, REJECTED, EXPIRED -> true;
		};
	}

}
