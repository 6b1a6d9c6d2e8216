package org.bookingfleet.fleettests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;

@WithFleet
class HolderSecretIntegrationTest {

	/** Knowing a hold's id is not enough to give it back: the holder still books it. */
	@Test
	void aStrangerCannotReleaseAHoldAndTheHolderStillBooksIt() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(provider);
		Instant start = Storefront.localTime(RON_ZONE, 5, LocalTime.of(13, 0));
		String email = Storefront.newEmail("holder");
		Held held = Storefront.held(RON, provider, start, 1);

		Answer withoutSecret = Storefront.release(held.id(), null);
		assertThat(withoutSecret.status()).as(withoutSecret.toString()).isEqualTo(400);
		Answer withAGuess = Storefront.release(held.id(), UUID.randomUUID().toString());
		assertThat(withAGuess.status()).as(withAGuess.toString()).isEqualTo(404);
		Answer someoneElse = Storefront.hold(RON, provider, start, 1);
		assertThat(someoneElse.status()).as("the slot is still held " + someoneElse).isEqualTo(409);

		String quoteToken = Storefront.quote(RON, start, 1, email).path("quoteToken").asString();
		Answer created = Storefront.book(Storefront.request(RON, held, quoteToken, email, 1),
				UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as(created.toString()).isIn(201, 202);
		Storefront.awaitStatus(created.field("id"), Caller.guest(created.field("accessToken")), "CONFIRMED");
		FleetInvariants.hold();
	}

}
