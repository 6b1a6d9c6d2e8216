package org.bookingfleet.availability.slot.internal.web;

import org.bookingfleet.platform.tokens.HoldTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key hold tokens are signed with ({@code fleet.holds.signing-key}); the booking
 * service checks them with it.
 */
@Configuration(proxyBeanMethods = false)
class HoldSigning {

	@Bean
	HoldTokens holdTokens(@Value("${fleet.holds.signing-key}") String base64Key) {
		return new HoldTokens(base64Key);
	}

}
