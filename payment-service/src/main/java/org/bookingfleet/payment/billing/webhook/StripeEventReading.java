package org.bookingfleet.payment.billing.webhook;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.model.Event;
import org.bookingfleet.payment.billing.intent.PaymentObservation;

/**
 * Reads the events the payment service handles from the raw JSON of their data object, so
 * an API version the stripe-java model does not know yet still reads. Other event types
 * are stored and otherwise ignored.
 */
public final class StripeEventReading {

	public static final Set<String> HANDLED = Set.of("payment_intent.succeeded", "payment_intent.payment_failed",
			"payment_intent.canceled", "charge.refunded", "charge.dispute.created");

	private StripeEventReading() {
	}

	public static Optional<ReceivedStripeEvent> read(Event event) {
		if (event.getType() == null || !HANDLED.contains(event.getType())) {
			return Optional.empty();
		}
		JsonObject object = JsonParser.parseString(event.getDataObjectDeserializer().getRawJson()).getAsJsonObject();
		Instant created = event.getCreated() == null ? Instant.EPOCH : Instant.ofEpochSecond(event.getCreated());
		return switch (event.getType()) {
			case "payment_intent.succeeded" -> intent(event, created, object,
					new PaymentObservation.IntentSucceeded(number(object, "amount_received")));
			case "payment_intent.payment_failed" -> intent(event, created, object, failure(object));
			case "payment_intent.canceled" -> intent(event, created, object, new PaymentObservation.IntentCanceled());
			case "charge.refunded" ->
				charge(event, created, object, new PaymentObservation.ChargeRefunded(number(object, "amount_captured"),
						number(object, "amount_refunded"), latestRefundId(object)));
			default -> charge(event, created, object, new PaymentObservation.DisputeCreated(text(object, "id"),
					number(object, "amount"), text(object, "reason")));
		};
	}

	private static Optional<ReceivedStripeEvent> intent(Event event, Instant created, JsonObject intent,
			PaymentObservation observation) {
		return Optional.of(new ReceivedStripeEvent(event.getId(), event.getType(), created, text(intent, "id"),
				metadata(intent, "booking_id"), metadata(intent, "attempt"), observation));
	}

	private static Optional<ReceivedStripeEvent> charge(Event event, Instant created, JsonObject object,
			PaymentObservation observation) {
		String intentId = text(object, "payment_intent");
		if (intentId == null) {
			return Optional.empty();
		}
		return Optional.of(new ReceivedStripeEvent(event.getId(), event.getType(), created, intentId,
				metadata(object, "booking_id"), metadata(object, "attempt"), observation));
	}

	private static PaymentObservation failure(JsonObject intent) {
		JsonObject error = object(intent, "last_payment_error");
		if (error == null) {
			return new PaymentObservation.IntentFailed("payment_failed", null);
		}
		String declineCode = text(error, "decline_code");
		String code = declineCode != null && !"generic_decline".equals(declineCode) ? declineCode : text(error, "code");
		return new PaymentObservation.IntentFailed(code == null ? "payment_failed" : code, text(error, "message"));
	}

	private static String latestRefundId(JsonObject charge) {
		JsonObject refunds = object(charge, "refunds");
		if (refunds == null || !refunds.has("data") || !refunds.get("data").isJsonArray()
				|| refunds.getAsJsonArray("data").isEmpty()) {
			return null;
		}
		JsonElement first = refunds.getAsJsonArray("data").get(0);
		return first.isJsonObject() ? text(first.getAsJsonObject(), "id") : null;
	}

	private static String metadata(JsonObject object, String key) {
		JsonObject metadata = object(object, "metadata");
		return metadata == null ? null : text(metadata, key);
	}

	private static JsonObject object(JsonObject parent, String name) {
		JsonElement element = parent.get(name);
		return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
	}

	private static String text(JsonObject parent, String name) {
		JsonElement element = parent.get(name);
		return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
	}

	private static long number(JsonObject parent, String name) {
		JsonElement element = parent.get(name);
		return element != null && element.isJsonPrimitive() ? element.getAsLong() : 0;
	}

}
