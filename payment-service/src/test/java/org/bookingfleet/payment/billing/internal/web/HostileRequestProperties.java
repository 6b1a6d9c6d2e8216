package org.bookingfleet.payment.billing.internal.web;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.testsupport.HostileJson;

/**
 * Whatever JSON arrives, a payment request is read or refused as the client's error,
 * never a 500.
 */
class HostileRequestProperties {

	@Property(tries = 300)
	void anIntentRequestIsReadOrRefusedAsTheClientsError(@ForAll("intents") String body) {
		HostileJson.bindAndCheck(body, PaymentController.IntentRequest.class, request -> {
		});
	}

	@Property(tries = 300)
	void aConfirmationIsReadOrRefusedAsTheClientsError(@ForAll("confirmations") String body) {
		HostileJson.bindAndCheck(body, PaymentController.ConfirmRequest.class, request -> {
		});
	}

	@Provide
	Arbitrary<String> intents() {
		return HostileJson.bodies(PaymentController.IntentRequest.class);
	}

	@Provide
	Arbitrary<String> confirmations() {
		return HostileJson.bodies(PaymentController.ConfirmRequest.class);
	}

}
