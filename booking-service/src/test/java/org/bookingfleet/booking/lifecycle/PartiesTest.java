package org.bookingfleet.booking.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PartiesTest {

	private final String token = AccessToken.issue(new SecureRandom());

	private final Parties parties = new Parties("customer-1", "provider-1", AccessToken.digest(token));

	@Test
	void customerOwnsTheBookingMadeUnderItsAccount() {
		assertThat(parties.relationOf(new Caller.Customer("customer-1"))).isEqualTo(Relation.OWNER);
	}

	@Test
	void anotherCustomerIsAStranger() {
		assertThat(parties.relationOf(new Caller.Customer("customer-2"))).isEqualTo(Relation.STRANGER);
	}

	@Test
	void guestWithTheBookingsTokenOwnsIt() {
		assertThat(parties.relationOf(new Caller.Guest(token))).isEqualTo(Relation.OWNER);
	}

	@Test
	void guestWithAnotherBookingsTokenIsAStranger() {
		String otherToken = AccessToken.issue(new SecureRandom());

		assertThat(parties.relationOf(new Caller.Guest(otherToken))).isEqualTo(Relation.STRANGER);
	}

	@Test
	void guestBookingHasNoOwnerAmongSignedInCustomers() {
		Parties guestBooking = new Parties(null, "provider-1", AccessToken.digest(token));

		assertThat(guestBooking.relationOf(new Caller.Customer("customer-1"))).isEqualTo(Relation.STRANGER);
	}

	@Test
	void providerIsOnlyRelatedToItsOwnBookings() {
		assertThat(parties.relationOf(new Caller.Provider("provider-1"))).isEqualTo(Relation.OWN_PROVIDER);
		assertThat(parties.relationOf(new Caller.Provider("provider-2"))).isEqualTo(Relation.STRANGER);
	}

	@Test
	void storedDigestIsNotTheToken() {
		assertThat(AccessToken.digest(token)).isNotEqualTo(token).hasSize(64);
	}

}
