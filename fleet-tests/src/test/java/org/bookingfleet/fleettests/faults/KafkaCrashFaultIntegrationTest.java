package org.bookingfleet.fleettests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@WithFleet
@Tag("slow")
class KafkaCrashFaultIntegrationTest {

	@Test
	void everySagaSettlesWhenTheBrokerIsKilledMidLoadAndComesBackTwentySecondsLater() throws InterruptedException {
		LocalFleet fleet = FleetExtension.fleet().processes();
		SlotSupply slots = new SlotSupply(Storefront.RON, Storefront.RON_ZONE, Duration.ofHours(1), true);
		try (BookingLoad load = new BookingLoad(slots).start(3)) {
			Thread.sleep(8_000);
			fleet.kill("kafka", true);
			Thread.sleep(20_000);
			fleet.up();
			Thread.sleep(8_000);
			load.stop();
			assertThat(load.accepted()).as("bookings accepted around the crash; refused: %s", load.refused())
				.hasSizeGreaterThan(20);
			load.awaitEverySettled(Duration.ofSeconds(120), "CONFIRMED");
		}
		FleetInvariants.hold(Duration.ofSeconds(120));
	}

}
