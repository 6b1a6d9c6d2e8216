package org.bookingfleet.pricing.quote.internal.token;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bookingfleet.pricing.quote.QuoteIssuer;
import org.bookingfleet.pricing.quote.SigningKey;
import org.bookingfleet.pricing.quote.SigningKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys quote tokens are signed with ({@code pricing.quotes.*}) and the issuer that
 * signs each quote for its lifetime.
 */
@Configuration(proxyBeanMethods = false)
class QuoteSigning {

	@Bean
	QuoteSigner quoteSigner(QuoteProperties properties) {
		if (properties.activeKeyId() == null || !properties.keys().containsKey(properties.activeKeyId())) {
			throw new IllegalStateException("pricing.quotes.active-key-id must name one of pricing.quotes.keys");
		}
		List<SigningKey> keys = properties.keys().entrySet().stream().map(QuoteSigning::signingKey).toList();
		SigningKey active = keys.stream()
			.filter(key -> key.id().equals(properties.activeKeyId()))
			.findFirst()
			.orElseThrow();
		return new QuoteSigner(new SigningKeys(active, keys));
	}

	@Bean
	QuoteIssuer quoteIssuer(QuoteSigner signer, QuoteProperties properties) {
		return new QuoteIssuer(signer, properties.lifetime());
	}

	private static SigningKey signingKey(Map.Entry<String, String> entry) {
		return new SigningKey(entry.getKey(), Base64.getDecoder().decode(entry.getValue()));
	}

}
