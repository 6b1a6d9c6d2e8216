package org.bookingfleet.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;

class QuoteBindingProperties {

	private static final Instant ISSUED = Instant.parse("2026-12-01T15:00:00Z");

	private final QuoteSigner signer = new QuoteSigner(SigningKeys.only(QuoteSignerTest.key("k1", 'b')));

	@Property(tries = 300)
	void everyBoundQuoteVerifiesToItsBinding(@ForAll("bindings") QuoteBinding binding) {
		QuoteClaims claims = QuoteSignerTest.sampleClaims().withBinding(binding);

		assertThat(signer.verify(signer.sign(claims), ISSUED)).isEqualTo(new TokenVerification.Valid(claims, "k1"));
	}

	@Property(tries = 300)
	void twoDifferentBindingsNeverShareAToken(@ForAll("bindings") QuoteBinding one,
			@ForAll("bindings") QuoteBinding other) {
		QuoteClaims claims = QuoteSignerTest.sampleClaims();

		assertThat(signer.sign(claims.withBinding(one)).equals(signer.sign(claims.withBinding(other))))
			.isEqualTo(one.equals(other));
	}

	@Provide
	Arbitrary<QuoteBinding> bindings() {
		Arbitrary<Optional<String>> texts = Arbitraries.strings()
			.withCharRange(' ', '~')
			.withChars("ñ|\"\\")
			.ofMaxLength(30)
			.optional();
		Arbitrary<Optional<String>> emails = Arbitraries.strings()
			.withCharRange('a', 'z')
			.withChars("@.")
			.ofMinLength(1)
			.ofMaxLength(20)
			.optional();
		Arbitrary<OptionalLong> limits = Arbitraries.longs()
			.between(0, 1_000_000)
			.optional()
			.map(limit -> limit.map(OptionalLong::of).orElse(OptionalLong.empty()));
		return Combinators.combine(texts, emails, limits, limits).as(QuoteBinding::new);
	}

}
