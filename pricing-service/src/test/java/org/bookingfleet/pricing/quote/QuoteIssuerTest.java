package org.bookingfleet.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.engine.BreakdownLine;
import org.bookingfleet.pricing.engine.PriceBreakdown;
import org.bookingfleet.pricing.engine.RuleRef;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.junit.jupiter.api.Test;

class QuoteIssuerTest {

	private final QuoteSigner signer = new QuoteSigner(SigningKeys.only(QuoteSignerTest.key("k1", 'x')));

	@Test
	void quoteExpiresAfterItsLifetimeAndItsTokenCarriesItsFigures() {
		PriceBreakdown breakdown = new PriceBreakdown("barber-corte", Currency.getInstance("ARS"), List.of(
				new BreakdownLine(LineCode.BASE, "Corte de pelo", Money.of(1_500_000, "ARS"),
						new RuleRef("base.fixed", 1)),
				new BreakdownLine(LineCode.TAX, "IVA 21%", Money.of(315_000, "ARS"), new RuleRef("tax.AR-IVA", 1))),
				Optional.empty());
		Instant now = Instant.parse("2026-12-01T15:00:00.750Z");

		Quote quote = new QuoteIssuer(signer, QuoteIssuer.DEFAULT_LIFETIME).issue("q-7", breakdown,
				Instant.parse("2026-12-03T14:00:00Z"), 1, Duration.ofMinutes(30), now);

		assertThat(quote.expiresAt()).isEqualTo(Instant.parse("2026-12-01T15:15:00Z"));
		TokenVerification verification = signer.verify(quote.token(), now);
		assertThat(verification).isInstanceOf(TokenVerification.Valid.class);
		QuoteClaims claims = ((TokenVerification.Valid) verification).claims();
		assertThat(claims.finalPriceCents()).isEqualTo(1_815_000);
		assertThat(claims.taxesCents()).isEqualTo(315_000);
		assertThat(claims.durationMinutes()).isEqualTo(30);
		assertThat(claims.currency()).isEqualTo("ARS");
	}

}
