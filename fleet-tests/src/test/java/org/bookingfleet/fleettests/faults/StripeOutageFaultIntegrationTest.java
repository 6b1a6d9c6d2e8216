package org.bookingfleet.fleettests.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.fleettests.api.IntegrationJobs;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.PartnerSandbox;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@WithFleet
@Tag("slow")
class StripeOutageFaultIntegrationTest {

	@Test
	void bookingsMadeWhileStripeAndThePartnersAreDownForAMinuteCompleteWhenTheyReturn() throws InterruptedException {
		LocalFleet fleet = FleetExtension.fleet().processes();
		PartnerSandbox partners = FleetExtension.fleet().partners();
		SlotSupply paying = new SlotSupply(Storefront.RON, Storefront.RON_ZONE, Duration.ofHours(1), false);
		SlotSupply atAppointment = new SlotSupply(Storefront.RON, Storefront.RON_ZONE, Duration.ofHours(1), true);

		fleet.kill("stripe-sandbox", false);
		partners.reachable(false);
		List<Booked> toPay = new ArrayList<>();
		List<Booked> confirmed = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				SlotSupply.Slot slot = paying.next();
				toPay.add(Storefront.bookSlot(Storefront.RON, slot.providerId(), slot.start(), 1,
						Storefront.newEmail("outage")));
				SlotSupply.Slot free = atAppointment.next();
				confirmed.add(Storefront.bookSlot(Storefront.RON, free.providerId(), free.start(), 1,
						Storefront.newEmail("outage")));
			}
			for (Booked booked : toPay) {
				Storefront.awaitStatus(booked.id(), booked.guest(), "AWAITING_PAYMENT");
			}
			Thread.sleep(60_000);
		}
		finally {
			partners.reachable(true);
			fleet.up();
		}

		for (Booked booked : toPay) {
			Storefront.payWithCard(booked.id(), Tokens.admin(), Storefront.SUCCEEDING_CARD);
			Storefront.awaitStatus(booked.id(), booked.guest(), Duration.ofSeconds(60), "CONFIRMED");
		}
		for (Booked booked : confirmed) {
			Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
			await("the partner work of " + booked.id()).atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.untilAsserted(() -> IntegrationJobs.assertAllDone(booked.id()));
		}
		FleetInvariants.hold(Duration.ofSeconds(120));
	}

}
