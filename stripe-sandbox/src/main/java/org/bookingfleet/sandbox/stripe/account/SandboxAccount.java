package org.bookingfleet.sandbox.stripe.account;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.bookingfleet.sandbox.stripe.api.FormParams;
import org.bookingfleet.sandbox.stripe.api.StripeError;
import org.bookingfleet.sandbox.stripe.card.CardCharge;
import org.bookingfleet.sandbox.stripe.card.TestCards;

/**
 * One Stripe test-mode account held in memory: PaymentIntents, their charges, refunds and
 * payment methods, moving as Stripe moves them and announcing each change as a Stripe
 * event.
 */
public final class SandboxAccount {

	public static final String API_VERSION = "2026-07-29.dahlia";

	private static final Set<String> CANCELABLE = Set.of("requires_payment_method", "requires_confirmation",
			"requires_action", "processing");

	private final Map<String, JsonObject> intents = new HashMap<>();

	private final Map<String, JsonObject> charges = new HashMap<>();

	private final Map<String, JsonObject> refunds = new HashMap<>();

	private final Map<String, String> cardNumbers = new HashMap<>();

	private final Clock clock;

	private final Consumer<JsonObject> events;

	public SandboxAccount(Clock clock, Consumer<JsonObject> events) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.events = Objects.requireNonNull(events, "events");
	}

	public synchronized ApiResult createPaymentIntent(FormParams params) {
		Optional<Long> amount = params.number("amount");
		if (amount.isEmpty()) {
			return missing("amount");
		}
		if (amount.get() < 1) {
			return ApiResult.Failed.invalid(StripeError.invalidRequest("parameter_invalid_integer",
					"This value must be greater than or equal to 1.", "amount"));
		}
		Optional<String> currency = params.text("currency");
		if (currency.isEmpty()) {
			return missing("currency");
		}
		String id = StripeIds.next("pi");
		JsonObject intent = new JsonObject();
		intent.addProperty("id", id);
		intent.addProperty("object", "payment_intent");
		intent.addProperty("amount", amount.get());
		intent.addProperty("amount_capturable", 0);
		intent.addProperty("amount_received", 0);
		intent.addProperty("capture_method", "automatic");
		intent.addProperty("client_secret", id + "_secret_" + StripeIds.random(24));
		intent.addProperty("confirmation_method", "automatic");
		intent.addProperty("created", now());
		intent.addProperty("currency", currency.get().toLowerCase(Locale.ROOT));
		intent.addProperty("description", params.text("description").orElse(null));
		intent.add("last_payment_error", JsonNull.INSTANCE);
		intent.add("latest_charge", JsonNull.INSTANCE);
		intent.addProperty("livemode", false);
		intent.add("metadata", hash(params.hash("metadata")));
		intent.add("payment_method", JsonNull.INSTANCE);
		JsonArray types = new JsonArray();
		types.add("card");
		intent.add("payment_method_types", types);
		intent.addProperty("status", "requires_payment_method");
		intents.put(id, intent);
		Optional<String> paymentMethod = paymentMethodOf(params);
		paymentMethod.ifPresent(pm -> {
			intent.addProperty("payment_method", pm);
			intent.addProperty("status", "requires_confirmation");
		});
		emit("payment_intent.created", intent);
		if (params.flag("confirm")) {
			return confirm(intent, params);
		}
		return new ApiResult.Ok(intent.deepCopy());
	}

	/**
	 * The intents whose metadata holds the given entry, for tests that count what was
	 * created.
	 */
	public synchronized List<JsonObject> paymentIntentsWithMetadata(String key, String value) {
		return intents.values()
			.stream()
			.filter(intent -> intent.getAsJsonObject("metadata").has(key)
					&& intent.getAsJsonObject("metadata").get(key).getAsString().equals(value))
			.map(JsonObject::deepCopy)
			.toList();
	}

	public synchronized ApiResult retrievePaymentIntent(String id) {
		JsonObject intent = intents.get(id);
		return intent == null ? notFound("payment_intent", id) : new ApiResult.Ok(intent.deepCopy());
	}

	public synchronized ApiResult confirmPaymentIntent(String id, FormParams params) {
		JsonObject intent = intents.get(id);
		return intent == null ? notFound("payment_intent", id) : confirm(intent, params);
	}

	/** Whether a client secret, as a browser holds it, belongs to this intent. */
	public synchronized boolean clientSecretMatches(String id, String clientSecret) {
		JsonObject intent = intents.get(id);
		return intent != null && intent.get("client_secret").getAsString().equals(clientSecret);
	}

	public synchronized ApiResult cancelPaymentIntent(String id, FormParams params) {
		JsonObject intent = intents.get(id);
		if (intent == null) {
			return notFound("payment_intent", id);
		}
		String status = intent.get("status").getAsString();
		if (!CANCELABLE.contains(status)) {
			return unexpectedState(intent,
					"You cannot cancel this PaymentIntent because it has a status of " + status
							+ ". Only a PaymentIntent with one of the following statuses may be canceled: "
							+ String.join(", ", CANCELABLE) + ".");
		}
		intent.addProperty("status", "canceled");
		intent.addProperty("canceled_at", now());
		intent.addProperty("cancellation_reason", params.text("cancellation_reason").orElse(null));
		emit("payment_intent.canceled", intent);
		return new ApiResult.Ok(intent.deepCopy());
	}

	public synchronized ApiResult createPaymentMethod(FormParams params) {
		Optional<String> number = params.text("card[number]");
		if (number.isEmpty()) {
			return missing("card[number]");
		}
		String id = StripeIds.next("pm");
		String digits = number.get().replaceAll("[\\s-]", "");
		cardNumbers.put(id, digits);
		JsonObject card = new JsonObject();
		card.addProperty("brand", digits.startsWith("4") ? "visa" : "unknown");
		card.addProperty("last4", digits.length() >= 4 ? digits.substring(digits.length() - 4) : digits);
		card.addProperty("exp_month", params.number("card[exp_month]").orElse(12L));
		card.addProperty("exp_year", params.number("card[exp_year]").orElse(2034L));
		JsonObject method = new JsonObject();
		method.addProperty("id", id);
		method.addProperty("object", "payment_method");
		method.add("card", card);
		method.addProperty("created", now());
		method.addProperty("livemode", false);
		method.addProperty("type", "card");
		return new ApiResult.Ok(method);
	}

	public synchronized ApiResult createRefund(FormParams params) {
		JsonObject charge = chargeToRefund(params);
		if (charge == null) {
			Optional<String> named = params.text("payment_intent").or(() -> params.text("charge"));
			return named.isEmpty() ? missing("payment_intent")
					: ApiResult.Failed.invalid(StripeError.invalidRequest("resource_missing",
							"No succeeded charge to refund for '" + named.get() + "'", "payment_intent"));
		}
		long captured = charge.get("amount_captured").getAsLong();
		long refunded = charge.get("amount_refunded").getAsLong();
		long left = captured - refunded;
		if (left == 0) {
			return ApiResult.Failed.invalid(StripeError.invalidRequest("charge_already_refunded",
					"Charge " + charge.get("id").getAsString() + " has already been refunded.", null));
		}
		long amount = params.number("amount").orElse(left);
		if (amount < 1) {
			return ApiResult.Failed.invalid(StripeError.invalidRequest("parameter_invalid_integer",
					"This value must be greater than or equal to 1.", "amount"));
		}
		if (amount > left) {
			return ApiResult.Failed.invalid(StripeError.invalidRequest("amount_too_large",
					"Refund amount (" + amount + ") is greater than unrefunded amount on charge (" + left + ")",
					"amount"));
		}
		String id = StripeIds.next("re");
		JsonObject refund = new JsonObject();
		refund.addProperty("id", id);
		refund.addProperty("object", "refund");
		refund.addProperty("amount", amount);
		refund.addProperty("charge", charge.get("id").getAsString());
		refund.addProperty("created", now());
		refund.addProperty("currency", charge.get("currency").getAsString());
		refund.add("metadata", hash(params.hash("metadata")));
		refund.addProperty("payment_intent", charge.get("payment_intent").getAsString());
		refund.addProperty("reason", params.text("reason").orElse(null));
		refund.addProperty("status", "succeeded");
		refunds.put(id, refund);
		charge.addProperty("amount_refunded", refunded + amount);
		charge.addProperty("refunded", refunded + amount == captured);
		JsonArray list = charge.getAsJsonObject("refunds").getAsJsonArray("data");
		JsonArray newestFirst = new JsonArray();
		newestFirst.add(refund.deepCopy());
		newestFirst.addAll(list);
		charge.getAsJsonObject("refunds").add("data", newestFirst);
		charge.getAsJsonObject("refunds").addProperty("total_count", newestFirst.size());
		emit("refund.created", refund);
		emit("charge.refunded", charge);
		return new ApiResult.Ok(refund.deepCopy());
	}

	public synchronized ApiResult retrieveRefund(String id) {
		JsonObject refund = refunds.get(id);
		return refund == null ? notFound("refund", id) : new ApiResult.Ok(refund.deepCopy());
	}

	private ApiResult confirm(JsonObject intent, FormParams params) {
		String status = intent.get("status").getAsString();
		if (!status.equals("requires_payment_method") && !status.equals("requires_confirmation")) {
			return unexpectedState(intent,
					"You cannot confirm this PaymentIntent because it has a status of " + status + ".");
		}
		Optional<String> paymentMethod = paymentMethodOf(params)
			.or(() -> Optional.ofNullable(intent.get("payment_method"))
				.filter(JsonElement::isJsonPrimitive)
				.map(JsonElement::getAsString));
		if (paymentMethod.isEmpty()) {
			return new ApiResult.Failed(StripeError.invalidRequest("payment_intent_unexpected_state",
					"You cannot confirm this PaymentIntent because it's missing a payment method.", "payment_method"),
					intent.deepCopy(), true);
		}
		intent.addProperty("payment_method", paymentMethod.get());
		String number = TestCards.numberOfPaymentMethod(paymentMethod.get())
			.orElseGet(() -> cardNumbers.getOrDefault(paymentMethod.get(), ""));
		CardCharge outcome = TestCards.charge(number);
		JsonObject charge = charge(intent, paymentMethod.get(), outcome);
		intent.addProperty("latest_charge", charge.get("id").getAsString());
		if (outcome instanceof CardCharge.Declined declined) {
			JsonObject error = declined.error().body().getAsJsonObject("error");
			error.addProperty("charge", charge.get("id").getAsString());
			error.add("payment_method", paymentMethodObject(paymentMethod.get(), number));
			intent.add("last_payment_error", error);
			intent.addProperty("status", "requires_payment_method");
			intent.add("payment_method", JsonNull.INSTANCE);
			emit("charge.failed", charge);
			emit("payment_intent.payment_failed", intent);
			return new ApiResult.Failed(declined.error(), intent.deepCopy(), true);
		}
		intent.add("last_payment_error", JsonNull.INSTANCE);
		intent.addProperty("amount_received", intent.get("amount").getAsLong());
		intent.addProperty("status", "succeeded");
		emit("charge.succeeded", charge);
		emit("payment_intent.succeeded", intent);
		if (number.equals(TestCards.DISPUTED)) {
			dispute(charge);
		}
		return new ApiResult.Ok(intent.deepCopy());
	}

	private JsonObject charge(JsonObject intent, String paymentMethod, CardCharge outcome) {
		boolean paid = outcome instanceof CardCharge.Approved;
		long amount = intent.get("amount").getAsLong();
		String id = StripeIds.next("ch");
		JsonObject charge = new JsonObject();
		charge.addProperty("id", id);
		charge.addProperty("object", "charge");
		charge.addProperty("amount", amount);
		charge.addProperty("amount_captured", paid ? amount : 0);
		charge.addProperty("amount_refunded", 0);
		charge.addProperty("captured", paid);
		charge.addProperty("created", now());
		charge.addProperty("currency", intent.get("currency").getAsString());
		charge.addProperty("disputed", false);
		if (outcome instanceof CardCharge.Declined declined) {
			charge.addProperty("failure_code", declined.error().code());
			charge.addProperty("failure_message", declined.error().message());
		}
		charge.addProperty("livemode", false);
		charge.add("metadata", intent.get("metadata").deepCopy());
		charge.addProperty("paid", paid);
		charge.addProperty("payment_intent", intent.get("id").getAsString());
		charge.addProperty("payment_method", paymentMethod);
		charge.addProperty("refunded", false);
		JsonObject refundList = new JsonObject();
		refundList.addProperty("object", "list");
		refundList.add("data", new JsonArray());
		refundList.addProperty("has_more", false);
		refundList.addProperty("total_count", 0);
		refundList.addProperty("url", "/v1/charges/" + id + "/refunds");
		charge.add("refunds", refundList);
		charge.addProperty("status", paid ? "succeeded" : "failed");
		charges.put(id, charge);
		return charge;
	}

	private void dispute(JsonObject charge) {
		charge.addProperty("disputed", true);
		JsonObject dispute = new JsonObject();
		dispute.addProperty("id", StripeIds.next("dp"));
		dispute.addProperty("object", "dispute");
		dispute.addProperty("amount", charge.get("amount").getAsLong());
		dispute.addProperty("charge", charge.get("id").getAsString());
		dispute.addProperty("created", now());
		dispute.addProperty("currency", charge.get("currency").getAsString());
		dispute.addProperty("livemode", false);
		dispute.add("metadata", new JsonObject());
		dispute.addProperty("payment_intent", charge.get("payment_intent").getAsString());
		dispute.addProperty("reason", "fraudulent");
		dispute.addProperty("status", "needs_response");
		emit("charge.dispute.created", dispute);
	}

	private JsonObject paymentMethodObject(String id, String number) {
		JsonObject card = new JsonObject();
		card.addProperty("brand", number.startsWith("4") ? "visa" : "unknown");
		card.addProperty("last4", number.length() >= 4 ? number.substring(number.length() - 4) : number);
		JsonObject method = new JsonObject();
		method.addProperty("id", id);
		method.addProperty("object", "payment_method");
		method.add("card", card);
		method.addProperty("livemode", false);
		method.addProperty("type", "card");
		return method;
	}

	private JsonObject chargeToRefund(FormParams params) {
		Optional<String> chargeId = params.text("charge");
		if (chargeId.isPresent()) {
			JsonObject charge = charges.get(chargeId.get());
			return charge != null && charge.get("captured").getAsBoolean() ? charge : null;
		}
		JsonObject intent = params.text("payment_intent").map(intents::get).orElse(null);
		if (intent == null || !"succeeded".equals(intent.get("status").getAsString())) {
			return null;
		}
		return charges.get(intent.get("latest_charge").getAsString());
	}

	private Optional<String> paymentMethodOf(FormParams params) {
		Optional<String> number = params.text("payment_method_data[card][number]");
		if (number.isPresent()) {
			String id = StripeIds.next("pm");
			cardNumbers.put(id, number.get().replaceAll("[\\s-]", ""));
			return Optional.of(id);
		}
		return params.text("payment_method");
	}

	private void emit(String type, JsonObject object) {
		JsonObject data = new JsonObject();
		data.add("object", object.deepCopy());
		JsonObject event = new JsonObject();
		event.addProperty("id", StripeIds.next("evt"));
		event.addProperty("object", "event");
		event.addProperty("api_version", API_VERSION);
		event.addProperty("created", now());
		event.add("data", data);
		event.addProperty("livemode", false);
		event.addProperty("pending_webhooks", 1);
		event.addProperty("type", type);
		events.accept(event);
	}

	private long now() {
		return clock.instant().getEpochSecond();
	}

	private static JsonObject hash(Map<String, String> entries) {
		JsonObject hash = new JsonObject();
		entries.forEach(hash::addProperty);
		return hash;
	}

	private static ApiResult missing(String param) {
		return ApiResult.Failed
			.invalid(StripeError.invalidRequest("parameter_missing", "Missing required param: " + param + ".", param));
	}

	private static ApiResult notFound(String kind, String id) {
		return ApiResult.Failed.invalid(StripeError.notFound(kind, id));
	}

	private static ApiResult unexpectedState(JsonObject intent, String message) {
		return new ApiResult.Failed(StripeError.invalidRequest("payment_intent_unexpected_state", message, null),
				intent.deepCopy(), true);
	}

}
