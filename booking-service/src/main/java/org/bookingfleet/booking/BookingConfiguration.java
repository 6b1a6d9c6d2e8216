package org.bookingfleet.booking;

import java.security.SecureRandom;
import java.time.Clock;
import org.bookingfleet.booking.idempotency.IdempotencyRules;
import org.bookingfleet.booking.quote.token.QuoteTokenVerifier;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BookingConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	SecureRandom secureRandom() {
		return new SecureRandom();
	}

	@Bean
	QuoteTokenVerifier quoteTokenVerifier(BookingSettings settings) {
		return new QuoteTokenVerifier(settings.keys());
	}

	/**
	 * Hold tokens are signed by the availability service with the key both services hold.
	 */
	@Bean
	HoldTokens holdTokens(@Value("${fleet.holds.signing-key}") String key) {
		return new HoldTokens(key);
	}

	@Bean
	IdempotencyRules idempotencyRules() {
		return IdempotencyRules.STANDARD;
	}

}
