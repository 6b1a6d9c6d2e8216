package org.bookingfleet.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;

class QuoteTokenProperties {

	private final QuoteSigner signer = new QuoteSigner(SigningKeys.only(QuoteSignerTest.key("k1", 'k')));

	@Property(tries = 500)
	void tokenAlteredInAnyByteIsRefused(@ForAll("claims") QuoteClaims claims,
			@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll @IntRange(min = 1, max = 127) int flip) {
		String token = signer.sign(claims);
		int at = position % token.length();
		char altered = (char) (token.charAt(at) ^ flip);
		String tampered = token.substring(0, at) + altered + token.substring(at + 1);

		assertThat(signer.verify(tampered, claims.issuedAt())).isInstanceOf(TokenVerification.Refused.class);
	}

	@Property(tries = 200)
	void everySignedTokenVerifiesToItsClaimsBeforeExpiry(@ForAll("claims") QuoteClaims claims) {
		assertThat(signer.verify(signer.sign(claims), claims.issuedAt()))
			.isEqualTo(new TokenVerification.Valid(claims, "k1"));
	}

	@Provide
	Arbitrary<QuoteClaims> claims() {
		Arbitrary<String> ids = Arbitraries.strings()
			.withCharRange(' ', '~')
			.withChars("ñáé€\"\\\n\t")
			.ofMinLength(1)
			.ofMaxLength(40);
		Arbitrary<Long> cents = Arbitraries.longs().between(0, 10_000_000);
		Arbitrary<Instant> issued = Arbitraries.longs()
			.between(1_700_000_000L, 1_900_000_000L)
			.map(Instant::ofEpochSecond);
		Arbitrary<Optional<String>> promo = Arbitraries.strings()
			.alpha()
			.numeric()
			.ofMinLength(1)
			.ofMaxLength(12)
			.optional();
		return Combinators.combine(ids, ids, Arbitraries.of("USD", "GBP", "ARS"), issued, promo, cents, cents, cents)
			.as((quoteId, serviceId, currency, issuedAt, promoCode, base, travel, tax) -> new QuoteClaims(quoteId,
					serviceId, currency, issuedAt.plusSeconds(86_400), 1, 60, promoCode, base, travel, 0, 0, 0, tax,
					base + travel + tax, 0, issuedAt, issuedAt.plusSeconds(900)));
	}

}
