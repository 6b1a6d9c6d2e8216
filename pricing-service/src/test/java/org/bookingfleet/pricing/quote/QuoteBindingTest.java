package org.bookingfleet.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.engine.BreakdownLine;
import org.bookingfleet.pricing.engine.PriceBreakdown;
import org.bookingfleet.pricing.engine.PricedOccurrence;
import org.bookingfleet.pricing.engine.RuleRef;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.quote.TokenVerification.Reason;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.bookingfleet.pricing.series.Frequency;
import org.bookingfleet.pricing.series.Recurrence;
import org.junit.jupiter.api.Test;

class QuoteBindingTest {

	private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

	private static final Instant FRIDAY = Instant.parse("2026-12-04T16:00:00Z");

	private static final String MAIN_STREET = "1 main st|houston|tx|77002|us|29.76040|-95.36980";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final QuoteSigner signer = new QuoteSigner(SigningKeys.only(QuoteSignerTest.key("k1", 'x')));

	private final QuoteIssuer issuer = new QuoteIssuer(signer, QuoteIssuer.DEFAULT_LIFETIME);

	@Test
	void boundQuoteVerifiesToTheAddressCustomerAndPromoLimitsItWasPricedFor() {
		QuoteBinding binding = new QuoteBinding(Optional.of(MAIN_STREET), Optional.of("ana@example.com"),
				OptionalLong.of(100), OptionalLong.of(1));
		Quote quote = issuer.issue("q-20", weekday(), FRIDAY, 1, Duration.ofMinutes(60), binding, NOW);

		QuoteClaims claims = ((TokenVerification.Valid) signer.verify(quote.token(), NOW)).claims();

		assertThat(claims).isEqualTo(quote.claims());
		assertThat(claims.binding()).contains(binding);
		assertThat(claims(quote.token())).endsWith(",\"exp\":" + quote.expiresAt().getEpochSecond() + ",\"address\":\""
				+ MAIN_STREET + "\",\"customerEmail\":\"ana@example.com\","
				+ "\"promoTotalLimit\":100,\"promoPerCustomerLimit\":1}");
	}

	@Test
	void boundQuoteSignsWhatItWasNotGivenAsNull() {
		Quote quote = issuer.issue("q-21", weekday(), FRIDAY, 1, Duration.ofMinutes(60), QuoteBinding.none(), NOW);

		assertThat(claims(quote.token())).endsWith(",\"address\":null,\"customerEmail\":null,"
				+ "\"promoTotalLimit\":null,\"promoPerCustomerLimit\":null}");
		assertThat(((TokenVerification.Valid) signer.verify(quote.token(), NOW)).claims().binding())
			.contains(QuoteBinding.none());
	}

	@Test
	void boundSeriesQuoteSignsItsBindingAfterItsOccurrences() {
		QuoteBinding binding = new QuoteBinding(Optional.of(MAIN_STREET), Optional.empty(), OptionalLong.empty(),
				OptionalLong.of(3));
		Quote quote = issuer.issueSeries("q-22", Recurrence.times(Frequency.WEEKLY, 1),
				List.of(new PricedOccurrence(0, FRIDAY, weekday())), 1, Duration.ofMinutes(60), binding, NOW);

		QuoteClaims claims = ((TokenVerification.Valid) signer.verify(quote.token(), NOW)).claims();

		assertThat(claims).isEqualTo(quote.claims());
		assertThat(claims.series()).isPresent();
		assertThat(claims.binding()).contains(binding);
		assertThat(claims(quote.token())).contains("],\"address\":");
	}

	@Test
	void changingAnyBoundClaimBreaksTheSignature() {
		QuoteBinding binding = new QuoteBinding(Optional.of(MAIN_STREET), Optional.of("ana@example.com"),
				OptionalLong.of(100), OptionalLong.of(1));
		String token = issuer.issue("q-23", weekday(), FRIDAY, 1, Duration.ofMinutes(60), binding, NOW).token();

		for (String[] change : List.of(new String[] { MAIN_STREET, "2 main st|houston|tx|77002|us|29.76040|-95.36980" },
				new String[] { "\"ana@example.com\"", "\"bob@example.com\"" },
				new String[] { "\"customerEmail\":\"ana@example.com\"", "\"customerEmail\":null" },
				new String[] { "\"promoTotalLimit\":100", "\"promoTotalLimit\":1000" },
				new String[] { "\"promoPerCustomerLimit\":1", "\"promoPerCustomerLimit\":null" })) {
			String altered = claims(token).replace(change[0], change[1]);
			assertThat(altered).isNotEqualTo(claims(token));
			String[] parts = token.split("\\.");
			String forged = parts[0] + "." + ENCODER.encodeToString(altered.getBytes(StandardCharsets.UTF_8)) + "."
					+ parts[2];

			assertThat(signer.verify(forged, NOW)).isEqualTo(new TokenVerification.Refused(Reason.BAD_SIGNATURE));
		}
	}

	@Test
	void tokenSignedBeforeQuotesWereBoundStillReadsAsBoundToNothing() {
		Quote quote = issuer.issue("q-24", weekday(), FRIDAY, 1, Duration.ofMinutes(60), NOW);

		QuoteClaims claims = ((TokenVerification.Valid) signer.verify(quote.token(), NOW)).claims();

		assertThat(claims.binding()).isEmpty();
		assertThat(claims(quote.token())).doesNotContain("address").doesNotContain("customerEmail");
	}

	@Test
	void claimsWithOnlyPartOfTheBindingOrAWrongKindAreMalformed() {
		String bound = claims(
				issuer.issue("q-25", weekday(), FRIDAY, 1, Duration.ofMinutes(60), QuoteBinding.none(), NOW).token());

		assertThat(QuoteSigner.claimsOf(bound)).isPresent();
		assertThat(QuoteSigner.claimsOf(bound.replace(",\"promoPerCustomerLimit\":null", ""))).isEmpty();
		assertThat(QuoteSigner.claimsOf(bound.replace("\"promoTotalLimit\":null", "\"promoTotalLimit\":\"100\"")))
			.isEmpty();
		assertThat(QuoteSigner.claimsOf(bound.replace("\"address\":null", "\"address\":7"))).isEmpty();
	}

	@Test
	void bindingTakesTheAppliedPromosLimitsAndTheCustomerInItsComparedForm() {
		QuoteBinding welcome = QuoteBinding.of(Optional.empty(), Optional.empty(), DemoCatalog.promoCode("WELCOME10"));
		QuoteBinding team = QuoteBinding.of(Optional.of(MAIN_STREET), Optional.of("  Ana@Example.COM "),
				DemoCatalog.promoCode("TEAM15"));

		assertThat(welcome.promoTotalLimit()).isEqualTo(OptionalLong.of(100));
		assertThat(welcome.promoPerCustomerLimit()).isEqualTo(OptionalLong.of(1));
		assertThat(welcome.customerEmail()).isEmpty();
		assertThat(team.promoTotalLimit()).isEmpty();
		assertThat(team.promoPerCustomerLimit()).isEqualTo(OptionalLong.of(2));
		assertThat(team.customerEmail()).contains("ana@example.com");
		assertThat(QuoteBinding.of(Optional.empty(), Optional.empty(), Optional.empty()))
			.isEqualTo(QuoteBinding.none());
	}

	private static PriceBreakdown weekday() {
		return new PriceBreakdown("hmnp-standard-notary", Currency.getInstance("USD"),
				List.of(new BreakdownLine(LineCode.BASE, "Standard Notary", Money.of(7_500, "USD"),
						new RuleRef("base.fixed", 1)),
						new BreakdownLine(LineCode.TAX, "Texas sales tax 8.25%", Money.of(619, "USD"),
								new RuleRef("tax.US-TX", 1))),
				Optional.empty());
	}

	private static String claims(String token) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
	}

}
