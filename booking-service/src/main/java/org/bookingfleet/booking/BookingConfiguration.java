package org.bookingfleet.booking;

import java.security.SecureRandom;
import java.time.Clock;

import org.bookingfleet.booking.bookings.internal.store.BookableServices;
import org.bookingfleet.booking.bookings.internal.store.OfferedHolds;
import org.bookingfleet.booking.bookings.internal.token.QuoteTokenVerifier;
import org.bookingfleet.booking.catalog.internal.store.CatalogServices;
import org.bookingfleet.booking.catalog.internal.store.KnownHolds;
import org.bookingfleet.booking.idempotency.IdempotencyRules;
import org.bookingfleet.booking.waitlist.internal.store.WaitlistedServices;
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

	/** A booking is made for a service of this service's copy of the catalog. */
	@Bean
	BookableServices bookableServices(CatalogServices catalog) {
		return catalog::find;
	}

	/** A waitlist entry names a service of this service's copy of the catalog. */
	@Bean
	WaitlistedServices waitlistedServices(CatalogServices catalog) {
		return catalog::find;
	}

	/** A booking made from a waitlist offer presents the hold taken for the offer. */
	@Bean
	OfferedHolds offeredHolds(KnownHolds holds) {
		return holds::findOffered;
	}

}
