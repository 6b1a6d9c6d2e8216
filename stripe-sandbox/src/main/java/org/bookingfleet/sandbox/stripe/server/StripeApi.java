package org.bookingfleet.sandbox.stripe.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bookingfleet.sandbox.stripe.account.ApiResult;
import org.bookingfleet.sandbox.stripe.account.SandboxAccount;
import org.bookingfleet.sandbox.stripe.api.FormParams;
import org.bookingfleet.sandbox.stripe.api.StripeError;
import org.bookingfleet.sandbox.stripe.idempotency.Admission;
import org.bookingfleet.sandbox.stripe.idempotency.IdempotencyKeys;
import org.bookingfleet.sandbox.stripe.idempotency.StoredResponse;

/**
 * The {@code /v1} endpoints the fleet calls, with Stripe's authentication, idempotency
 * keys, JSON and error shapes. A browser may confirm an intent with a publishable key and
 * the intent's client secret, as Stripe.js does.
 */
final class StripeApi implements HttpHandler {

	private static final Pattern INTENT = Pattern.compile("/v1/payment_intents/([A-Za-z0-9_]+)(/confirm|/cancel)?");

	private static final Pattern REFUND = Pattern.compile("/v1/refunds/([A-Za-z0-9_]+)");

	private static final Gson JSON = new GsonBuilder().serializeNulls().setPrettyPrinting().create();

	private final SandboxAccount account;

	private final IdempotencyKeys keys;

	private final AtomicInteger responsesToLose = new AtomicInteger();

	StripeApi(SandboxAccount account, IdempotencyKeys keys) {
		this.account = account;
		this.keys = keys;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
			exchange.getResponseHeaders()
				.add("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key");
			if (exchange.getRequestMethod().equals("OPTIONS")) {
				exchange.sendResponseHeaders(204, -1);
				return;
			}
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			FormParams params = FormParams
				.parse(method.equals("GET") ? exchange.getRequestURI().getRawQuery() : read(exchange.getRequestBody()));
			Optional<String> apiKey = apiKey(exchange);
			if (apiKey.isEmpty() && !isBrowserConfirm(path, params)) {
				send(exchange, 401, unauthorized());
				return;
			}
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			if (key == null || !method.equals("POST")) {
				ApiResult result = route(method, path, params);
				send(exchange, result.status(), result.body());
				return;
			}
			String endpoint = method + " " + path;
			Admission admission = keys.admit(key, endpoint, params.fingerprint());
			if (admission instanceof Admission.Replay replay) {
				exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
				sendRaw(exchange, replay.response().status(), replay.response().body());
				return;
			}
			if (admission instanceof Admission.Refuse refuse) {
				send(exchange, refuse.error().httpStatus(), refuse.error().body());
				return;
			}
			ApiResult result;
			try {
				result = route(method, path, params);
			}
			catch (RuntimeException ex) {
				keys.forget(key);
				throw ex;
			}
			String body = JSON.toJson(result.body());
			if (result.keepsIdempotencyKey()) {
				keys.record(key, new StoredResponse(result.status(), body));
			}
			else {
				keys.forget(key);
			}
			if (responsesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				send(exchange, 500, new StripeError(500, "api_error", null, null,
						"An error occurred with our connection to Stripe.", null)
					.body());
				return;
			}
			sendRaw(exchange, result.status(), body);
		}
	}

	/**
	 * The next requests with an idempotency key are carried out, but answered with a 500
	 * as if the answer was lost.
	 */
	void loseNextResponses(int count) {
		responsesToLose.set(count);
	}

	private ApiResult route(String method, String path, FormParams params) {
		try {
			if (path.equals("/v1/payment_intents") && method.equals("POST")) {
				return account.createPaymentIntent(params);
			}
			if (path.equals("/v1/refunds") && method.equals("POST")) {
				return account.createRefund(params);
			}
			if (path.equals("/v1/payment_methods") && method.equals("POST")) {
				return account.createPaymentMethod(params);
			}
			Matcher intent = INTENT.matcher(path);
			if (intent.matches()) {
				String id = intent.group(1);
				String action = intent.group(2);
				if (action == null && method.equals("GET")) {
					return account.retrievePaymentIntent(id);
				}
				if ("/confirm".equals(action) && method.equals("POST")) {
					return account.confirmPaymentIntent(id, params);
				}
				if ("/cancel".equals(action) && method.equals("POST")) {
					return account.cancelPaymentIntent(id, params);
				}
			}
			Matcher refund = REFUND.matcher(path);
			if (refund.matches() && method.equals("GET")) {
				return account.retrieveRefund(refund.group(1));
			}
			return ApiResult.Failed.invalid(new StripeError(404, "invalid_request_error", null, null,
					"Unrecognized request URL (" + method + ": " + path + ").", null));
		}
		catch (FormParams.InvalidParameter ex) {
			return ApiResult.Failed.invalid(ex.error());
		}
	}

	private boolean isBrowserConfirm(String path, FormParams params) {
		Matcher intent = INTENT.matcher(path);
		return intent.matches() && "/confirm".equals(intent.group(2))
				&& params.text("client_secret")
					.map(secret -> account.clientSecretMatches(intent.group(1), secret))
					.orElse(false);
	}

	private static Optional<String> apiKey(HttpExchange exchange) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization == null) {
			return Optional.empty();
		}
		String key;
		if (authorization.startsWith("Bearer ")) {
			key = authorization.substring("Bearer ".length()).trim();
		}
		else if (authorization.startsWith("Basic ")) {
			String user = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length()).trim()),
					StandardCharsets.UTF_8);
			key = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
		}
		else {
			return Optional.empty();
		}
		return key.startsWith("sk_") || key.startsWith("rk_") ? Optional.of(key) : Optional.empty();
	}

	private static JsonObject unauthorized() {
		return new StripeError(401, "invalid_request_error", null, null,
				"You did not provide an API key. You need to provide your API key in the Authorization header, "
						+ "using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
				null)
			.body();
	}

	private static String read(InputStream body) throws IOException {
		return new String(body.readAllBytes(), StandardCharsets.UTF_8);
	}

	private static void send(HttpExchange exchange, int status, JsonObject body) throws IOException {
		sendRaw(exchange, status, JSON.toJson(body));
	}

	private static void sendRaw(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("Request-Id", "req_" + Long.toHexString(System.nanoTime()));
		exchange.getResponseHeaders().add("Stripe-Version", SandboxAccount.API_VERSION);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
