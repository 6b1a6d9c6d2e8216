package org.bookingfleet.payment.billing.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.stripe.model.Event;
import com.stripe.net.ApiResource;
import org.bookingfleet.payment.billing.intent.PaymentObservation;
import org.junit.jupiter.api.Test;

class StripeEventReadingTest {

	@Test
	void aSucceededIntentIsReadWithItsAmountAndBooking() {
		ReceivedStripeEvent read = read("""
				{"id":"evt_1","object":"event","type":"payment_intent.succeeded","created":1796482800,
				 "data":{"object":{"id":"pi_1","object":"payment_intent","amount":5000,"amount_received":5000,
				 "status":"succeeded","metadata":{"booking_id":"b-1","attempt":"1"}}}}""");

		assertThat(read).isEqualTo(new ReceivedStripeEvent("evt_1", "payment_intent.succeeded",
				Instant.ofEpochSecond(1796482800), "pi_1", "b-1", "1", new PaymentObservation.IntentSucceeded(5000)));
	}

	@Test
	void aFailedIntentCarriesTheDeclineReasonOverTheGenericCode() {
		ReceivedStripeEvent read = read("""
				{"id":"evt_2","object":"event","type":"payment_intent.payment_failed","created":1,
				 "data":{"object":{"id":"pi_1","object":"payment_intent","status":"requires_payment_method",
				 "last_payment_error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
				 "message":"Your card has insufficient funds."}}}}""");

		assertThat(read.observation())
			.isEqualTo(new PaymentObservation.IntentFailed("insufficient_funds", "Your card has insufficient funds."));
	}

	@Test
	void aGenericDeclineIsReportedAsCardDeclined() {
		ReceivedStripeEvent read = read(
				"""
						{"id":"evt_3","object":"event","type":"payment_intent.payment_failed","created":1,
						 "data":{"object":{"id":"pi_1","object":"payment_intent",
						 "last_payment_error":{"code":"card_declined","decline_code":"generic_decline","message":"declined"}}}}""");

		assertThat(read.observation()).isEqualTo(new PaymentObservation.IntentFailed("card_declined", "declined"));
	}

	@Test
	void aRefundedChargeCarriesStripesRunningTotalAndItsNewestRefund() {
		ReceivedStripeEvent read = read("""
				{"id":"evt_4","object":"event","type":"charge.refunded","created":1,
				 "data":{"object":{"id":"ch_1","object":"charge","payment_intent":"pi_1","amount":5000,
				 "amount_captured":5000,"amount_refunded":3000,
				 "refunds":{"object":"list","data":[{"id":"re_2","amount":2000},{"id":"re_1","amount":1000}]}}}}""");

		assertThat(read.paymentIntentId()).isEqualTo("pi_1");
		assertThat(read.observation()).isEqualTo(new PaymentObservation.ChargeRefunded(5000, 3000, "re_2"));
	}

	@Test
	void aDisputeIsReadWithItsAmountAndReason() {
		ReceivedStripeEvent read = read("""
				{"id":"evt_5","object":"event","type":"charge.dispute.created","created":1,
				 "data":{"object":{"id":"dp_1","object":"dispute","charge":"ch_1","payment_intent":"pi_1",
				 "amount":5000,"reason":"fraudulent"}}}""");

		assertThat(read.observation()).isEqualTo(new PaymentObservation.DisputeCreated("dp_1", 5000, "fraudulent"));
	}

	@Test
	void eventsTheServiceDoesNotHandleAreNotRead() {
		Event event = ApiResource.GSON.fromJson("""
				{"id":"evt_6","object":"event","type":"customer.created","created":1,
				 "data":{"object":{"id":"cus_1","object":"customer"}}}""", Event.class);

		assertThat(StripeEventReading.read(event)).isEmpty();
	}

	private static ReceivedStripeEvent read(String json) {
		return StripeEventReading.read(ApiResource.GSON.fromJson(json, Event.class)).orElseThrow();
	}

}
