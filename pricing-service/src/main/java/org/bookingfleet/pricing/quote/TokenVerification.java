package org.bookingfleet.pricing.quote;

import java.util.Objects;

public sealed interface TokenVerification {

	record Valid(QuoteClaims claims, String keyId) implements TokenVerification {
		public Valid {
			Objects.requireNonNull(claims, "claims");
			Objects.requireNonNull(keyId, "keyId");
		}
	}

	/**
	 * EXPIRED maps to {@code QUOTE_EXPIRED}; every other reason to {@code QUOTE_INVALID}.
	 */
	record Refused(Reason reason) implements TokenVerification {
		public Refused {
			Objects.requireNonNull(reason, "reason");
		}
	}

	enum Reason {

		MALFORMED, UNSUPPORTED_ALGORITHM, UNKNOWN_KEY, BAD_SIGNATURE, EXPIRED

	}

}
