package org.bookingfleet.fleettests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

@Tag("slow")
@WithFleet
class ServiceCrashFaultIntegrationTest {

	/**
	 * The bookings are requested, then the service that must act on them dies at once,
	 * before it can.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "availability-service", "booking-service" })
	void aServiceKilledMidSagaFinishesItsWorkAfterItsRestart(String service) {
		LocalFleet fleet = FleetExtension.fleet().processes();
		SlotSupply slots = new SlotSupply(Storefront.RON, Storefront.RON_ZONE, Duration.ofHours(1), true);
		List<ObjectNode> requests = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			SlotSupply.Slot slot = slots.next();
			Storefront.Held hold = Storefront.held(Storefront.RON, slot.providerId(), slot.start(), 1);
			String email = Storefront.newEmail("crash");
			String quote = Storefront.quote(Storefront.RON, slot.start(), 1, email).path("quoteToken").asString();
			requests.add(Storefront.request(Storefront.RON, hold, quote, email, 1));
		}
		List<Answer> created = new ArrayList<>();
		for (ObjectNode request : requests) {
			created.add(Storefront.book(request, UUID.randomUUID().toString(), Caller.ANONYMOUS));
		}
		fleet.kill(service, true);
		fleet.up();

		for (Answer answer : created) {
			assertThat(answer.status()).as(answer.toString()).isIn(201, 202);
			Storefront.awaitStatus(answer.field("id"), Caller.guest(answer.field("accessToken")),
					Duration.ofSeconds(90), "CONFIRMED");
		}
		FleetInvariants.hold(Duration.ofSeconds(90));
	}

}
