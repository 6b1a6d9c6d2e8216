package org.bookingfleet.sandbox.stripe.account;

import com.google.gson.JsonObject;

import org.bookingfleet.sandbox.stripe.api.StripeError;

/**
 * A Stripe API answer: the object, or an error with the object it concerns (a declined
 * intent, for one).
 */
public sealed interface ApiResult {

	int status();

	JsonObject body();

	/**
	 * Validation failures leave an idempotency key free; anything that ran is kept under
	 * it.
	 */
	default boolean keepsIdempotencyKey() {
		return true;
	}

	record Ok(JsonObject object) implements ApiResult {

		@Override
		public int status() {
			return 200;
		}

		@Override
		public JsonObject body() {
			return object;
		}

	}

	record Failed(StripeError error, JsonObject concerning, boolean ran) implements ApiResult {

		public static Failed invalid(StripeError error) {
			return new Failed(error, null, false);
		}

		@Override
		public int status() {
			return error.httpStatus();
		}

		@Override
		public JsonObject body() {
			JsonObject body = error.body();
			if (concerning != null) {
				body.getAsJsonObject("error").add(concerning.get("object").getAsString(), concerning.deepCopy());
			}
			return body;
		}

		@Override
		public boolean keepsIdempotencyKey() {
			return ran;
		}

	}

}
