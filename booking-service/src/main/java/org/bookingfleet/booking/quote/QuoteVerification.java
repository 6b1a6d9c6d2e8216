package org.bookingfleet.booking.quote;

import java.util.Optional;

public sealed interface QuoteVerification {

	/**
	 * {@code series} is present when the token prices a series: every occurrence's own
	 * price.
	 */
	record Verified(LockedQuote quote, String keyId, Optional<QuotedSeries> series,
			QuoteBinding binding) implements QuoteVerification {
		public Verified {
			series = series == null ? Optional.empty() : series;
			binding = binding == null ? QuoteBinding.NONE : binding;
		}

		public Verified(LockedQuote quote, String keyId) {
			this(quote, keyId, Optional.empty(), QuoteBinding.NONE);
		}
	}

	/** {@code code} is QUOTE_INVALID or QUOTE_EXPIRED, as the public API names them. */
	record Refused(String code, String reason) implements QuoteVerification {
	}

}
