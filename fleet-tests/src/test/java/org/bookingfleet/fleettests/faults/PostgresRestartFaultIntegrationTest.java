package org.bookingfleet.fleettests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@WithFleet
@Tag("slow")
class PostgresRestartFaultIntegrationTest {

	@Test
	void theServicesReconnectByThemselvesWhenPostgresRestartsUnderLoad() throws InterruptedException {
		LocalFleet fleet = FleetExtension.fleet().processes();
		SlotSupply slots = new SlotSupply(Storefront.RON, Storefront.RON_ZONE, Duration.ofHours(1), true);
		try (BookingLoad load = new BookingLoad(slots).start(3)) {
			Thread.sleep(8_000);
			fleet.kill("postgres", false);
			fleet.up();
			Thread.sleep(8_000);
			load.stop();
			assertThat(load.accepted()).as("refused: %s", load.refused()).isNotEmpty();
			load.awaitEverySettled(Duration.ofSeconds(120), "CONFIRMED");
		}
		SlotSupply.Slot after = slots.next();
		Booked booked = Storefront.bookConfirmed(Storefront.RON, after.providerId(), after.start(),
				Storefront.newEmail("after-restart"));
		FleetInvariants.hold(Duration.ofSeconds(120));
	}

}
