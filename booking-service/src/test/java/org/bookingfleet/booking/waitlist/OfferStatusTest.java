package org.bookingfleet.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfferStatusTest {

	@Test
	void anOfferThatEndsWithoutABookingPutsTheCustomerBackInLine() {
		assertThat(OfferStatus.LAPSED.entryAfter(WaitlistStatus.OFFERED)).isEqualTo(WaitlistStatus.WAITING);
		assertThat(OfferStatus.RELEASED.entryAfter(WaitlistStatus.OFFERED)).isEqualTo(WaitlistStatus.WAITING);
		assertThat(OfferStatus.TAKEN.entryAfter(WaitlistStatus.OFFERED)).isEqualTo(WaitlistStatus.WAITING);
	}

	@Test
	void aCustomerWhoLeftOrWhoseWindowClosedIsNotPutBackInLine() {
		assertThat(OfferStatus.LAPSED.entryAfter(WaitlistStatus.LEFT)).isEqualTo(WaitlistStatus.LEFT);
		assertThat(OfferStatus.TAKEN.entryAfter(WaitlistStatus.CLOSED)).isEqualTo(WaitlistStatus.CLOSED);
	}

	@Test
	void aBookedOfferBooksTheEntryAndAWithdrawnOneLeavesTheLine() {
		assertThat(OfferStatus.BOOKED.entryAfter(WaitlistStatus.OFFERED)).isEqualTo(WaitlistStatus.BOOKED);
		assertThat(OfferStatus.BOOKED.entryAfter(WaitlistStatus.WAITING)).isEqualTo(WaitlistStatus.BOOKED);
		assertThat(OfferStatus.WITHDRAWN.entryAfter(WaitlistStatus.OFFERED)).isEqualTo(WaitlistStatus.LEFT);
	}

	@Test
	void anOpenOfferWhoseHoldIsReleasedLapsedIfItsTimeWasUp() {
		assertThat(OfferStatus.whenHoldReleased(true)).isEqualTo(OfferStatus.LAPSED);
		assertThat(OfferStatus.whenHoldReleased(false)).isEqualTo(OfferStatus.RELEASED);
	}

}
