package org.bookingfleet.pricing.quote;

import java.time.Instant;

/** Signs a quote's claims into its token, and checks a token offline. */
public interface QuoteSignature {

	String sign(QuoteClaims claims);

	/** The claims of a token signed with an accepted key, or why it is refused. */
	TokenVerification verify(String token, Instant now);

}
