package org.bookingfleet.sandbox.stripe.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.bookingfleet.sandbox.stripe.api.StripeError;

/**
 * Stripe's idempotency semantics: a key's first answer is kept for 24 hours and replayed
 * to the same request; the key reused for another endpoint or other parameters is an
 * error; a second request while the first is still running is told to retry (409); an
 * answer that was not kept (a request that failed validation) leaves the key free.
 */
public final class IdempotencyKeys {

	public static final Duration RETENTION = Duration.ofHours(24);

	public static final int MAX_KEY_LENGTH = 255;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	public IdempotencyKeys(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public Admission admit(String key, String endpoint, String fingerprint) {
		if (key.length() > MAX_KEY_LENGTH) {
			return new Admission.Refuse(StripeError.invalidRequest(null,
					"Invalid idempotency key: cannot be longer than " + MAX_KEY_LENGTH + " characters.", null));
		}
		Instant now = clock.instant();
		Entry fresh = new Entry(endpoint, fingerprint, now, null);
		Entry held = entries.compute(key,
				(k, existing) -> existing == null || existing.expired(now) ? fresh : existing);
		if (held == fresh) {
			return new Admission.Proceed();
		}
		if (!held.endpoint.equals(endpoint)) {
			return new Admission.Refuse(mismatch(
					"Keys for idempotent requests can only be used for the same endpoint they were first used for ('"
							+ held.endpoint + "' vs '" + endpoint + "'). Try using a key other than '" + key
							+ "' if you meant to execute a different request."));
		}
		if (!held.fingerprint.equals(fingerprint)) {
			return new Admission.Refuse(mismatch(
					"Keys for idempotent requests can only be used with the same parameters they were first used with. "
							+ "Try using a key other than '" + key + "' if you meant to execute a different request."));
		}
		if (held.response == null) {
			return new Admission.Refuse(new StripeError(409, "invalid_request_error", "idempotency_key_in_use", null,
					"There is currently another in-progress request using this Idempotent Key (probably a network "
							+ "retry). Wait for it to finish and retry.",
					null));
		}
		return new Admission.Replay(held.response);
	}

	private static StripeError mismatch(String message) {
		return new StripeError(400, "idempotency_error", null, null, message, null);
	}

	public void record(String key, StoredResponse response) {
		entries.computeIfPresent(key,
				(k, entry) -> new Entry(entry.endpoint, entry.fingerprint, entry.createdAt, response));
	}

	public void forget(String key) {
		entries.computeIfPresent(key, (k, entry) -> entry.response == null ? null : entry);
	}

	private record Entry(String endpoint, String fingerprint, Instant createdAt, StoredResponse response) {

		boolean expired(Instant now) {
			return response != null && !createdAt.plus(RETENTION).isAfter(now);
		}

	}

}
