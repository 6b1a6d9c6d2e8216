package org.bookingfleet.sandbox.stripe.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.ApiResource;
import org.junit.jupiter.api.Test;

import org.bookingfleet.sandbox.stripe.api.FormParams;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxAccountTest {

	private final List<JsonObject> events = new ArrayList<>();

	private final SandboxAccount account = new SandboxAccount(
			Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC), events::add);

	@Test
	void anIntentPaidWithTheVisaTestCardSucceedsAndReadsAsAStripePaymentIntent() {
		String id = create("amount=5000&currency=USD&metadata[booking_id]=b-1");

		ApiResult confirmed = account.confirmPaymentIntent(id, FormParams.parse("payment_method=pm_card_visa"));

		PaymentIntent intent = ApiResource.GSON.fromJson(confirmed.body(), PaymentIntent.class);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(intent.getStatus()).isEqualTo("succeeded");
		assertThat(intent.getAmountReceived()).isEqualTo(5000L);
		assertThat(intent.getCurrency()).isEqualTo("usd");
		assertThat(intent.getMetadata()).containsEntry("booking_id", "b-1");
		assertThat(intent.getClientSecret()).startsWith(id + "_secret_");
		assertThat(types()).containsExactly("payment_intent.created", "charge.succeeded", "payment_intent.succeeded");
	}

	@Test
	void aDeclinedCardAnswers402WithTheIntentAndAnotherCardThenSucceeds() {
		String id = create("amount=2500&currency=gbp");

		ApiResult declined = account.confirmPaymentIntent(id,
				FormParams.parse("payment_method_data[card][number]=4000000000009995"));
		ApiResult retried = account.confirmPaymentIntent(id, FormParams.parse("payment_method=pm_card_visa"));

		assertThat(declined.status()).isEqualTo(402);
		JsonObject error = declined.body().getAsJsonObject("error");
		assertThat(error.get("code").getAsString()).isEqualTo("card_declined");
		assertThat(error.get("decline_code").getAsString()).isEqualTo("insufficient_funds");
		assertThat(error.getAsJsonObject("payment_intent").get("status").getAsString())
			.isEqualTo("requires_payment_method");
		assertThat(retried.body().get("status").getAsString()).isEqualTo("succeeded");
		assertThat(types()).containsSubsequence("payment_intent.payment_failed", "payment_intent.succeeded");
	}

	@Test
	void refundsArePartialOrFullAndNeverMoreThanWasCaptured() {
		String id = create("amount=5000&currency=usd&payment_method=pm_card_visa&confirm=true");

		ApiResult partial = account.createRefund(FormParams.parse("payment_intent=" + id + "&amount=2000"));
		ApiResult tooMuch = account.createRefund(FormParams.parse("payment_intent=" + id + "&amount=3001"));
		ApiResult rest = account.createRefund(FormParams.parse("payment_intent=" + id));
		ApiResult again = account.createRefund(FormParams.parse("payment_intent=" + id));

		assertThat(ApiResource.GSON.fromJson(partial.body(), Refund.class).getAmount()).isEqualTo(2000L);
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.keepsIdempotencyKey()).isFalse();
		assertThat(ApiResource.GSON.fromJson(rest.body(), Refund.class).getAmount()).isEqualTo(3000L);
		assertThat(again.body().getAsJsonObject("error").get("code").getAsString())
			.isEqualTo("charge_already_refunded");
		JsonObject lastRefunded = lastOfType("charge.refunded");
		JsonObject charge = lastRefunded.getAsJsonObject("data").getAsJsonObject("object");
		assertThat(charge.get("amount_refunded").getAsLong()).isEqualTo(5000);
		assertThat(charge.getAsJsonObject("refunds").getAsJsonArray("data")).hasSize(2);
	}

	@Test
	void aSucceededIntentCannotBeCanceledButAnOpenOneCan() {
		String paid = create("amount=5000&currency=usd&payment_method=pm_card_visa&confirm=true");
		String open = create("amount=5000&currency=usd");

		assertThat(account.cancelPaymentIntent(paid, FormParams.parse("")).status()).isEqualTo(400);
		assertThat(account.cancelPaymentIntent(open, FormParams.parse("")).body().get("status").getAsString())
			.isEqualTo("canceled");
		assertThat(types()).endsWith("payment_intent.canceled");
	}

	@Test
	void missingParametersAndUnknownIntentsAnswerInStripesErrorShape() {
		ApiResult missing = account.createPaymentIntent(FormParams.parse("currency=usd"));
		ApiResult unknown = account.retrievePaymentIntent("pi_nope");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body().getAsJsonObject("error").get("param").getAsString()).isEqualTo("amount");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body().getAsJsonObject("error").get("code").getAsString()).isEqualTo("resource_missing");
	}

	@Test
	void theDisputeTestCardPaysAndIsThenDisputed() {
		String id = create("amount=5000&currency=usd&payment_method=pm_card_createDispute&confirm=true");

		JsonObject dispute = lastOfType("charge.dispute.created").getAsJsonObject("data").getAsJsonObject("object");

		assertThat(account.retrievePaymentIntent(id).body().get("status").getAsString()).isEqualTo("succeeded");
		assertThat(ApiResource.GSON.fromJson(dispute, com.stripe.model.Dispute.class).getAmount()).isEqualTo(5000L);
		assertThat(dispute.get("payment_intent").getAsString()).isEqualTo(id);
		assertThat(types()).endsWith("payment_intent.succeeded", "charge.dispute.created");
	}

	@Test
	void eventsReadAsStripeEvents() {
		create("amount=5000&currency=usd&payment_method=pm_card_visa&confirm=true");

		Event event = ApiResource.GSON.fromJson(lastOfType("payment_intent.succeeded"), Event.class);

		assertThat(event.getId()).startsWith("evt_");
		assertThat(event.getDataObjectDeserializer().getRawJson()).contains("\"status\":\"succeeded\"");
	}

	private String create(String form) {
		return account.createPaymentIntent(FormParams.parse(form)).body().get("id").getAsString();
	}

	private List<String> types() {
		return events.stream().map(e -> e.get("type").getAsString()).toList();
	}

	private JsonObject lastOfType(String type) {
		return events.stream().filter(e -> e.get("type").getAsString().equals(type)).reduce((a, b) -> b).orElseThrow();
	}

}
