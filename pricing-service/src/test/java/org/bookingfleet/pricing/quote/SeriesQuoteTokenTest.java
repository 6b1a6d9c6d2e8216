package org.bookingfleet.pricing.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.engine.BreakdownLine;
import org.bookingfleet.pricing.engine.PriceBreakdown;
import org.bookingfleet.pricing.engine.PricedOccurrence;
import org.bookingfleet.pricing.engine.RuleRef;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.bookingfleet.pricing.series.Frequency;
import org.bookingfleet.pricing.series.Recurrence;
import org.junit.jupiter.api.Test;

class SeriesQuoteTokenTest {

	private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

	private static final Instant FRIDAY = Instant.parse("2026-12-04T16:00:00Z");

	private static final Instant SATURDAY = Instant.parse("2026-12-05T16:00:00Z");

	private final QuoteSigner signer = new QuoteSigner(SigningKeys.only(QuoteSignerTest.key("k1", 'x')));

	private final QuoteIssuer issuer = new QuoteIssuer(signer, QuoteIssuer.DEFAULT_LIFETIME);

	@Test
	void seriesTokenCarriesEveryOccurrencesOwnPriceAndLines() {
		Quote quote = issuer.issueSeries("q-9", Recurrence.times(Frequency.DAILY, 2),
				List.of(new PricedOccurrence(0, FRIDAY, weekday()), new PricedOccurrence(1, SATURDAY, weekend())), 1,
				Duration.ofMinutes(60), NOW);

		TokenVerification verification = signer.verify(quote.token(), NOW);

		assertThat(verification).isInstanceOf(TokenVerification.Valid.class);
		QuoteClaims claims = ((TokenVerification.Valid) verification).claims();
		assertThat(claims).isEqualTo(quote.claims());
		assertThat(claims.scheduledAt()).isEqualTo(FRIDAY);
		assertThat(claims.finalPriceCents()).isEqualTo(8_119);
		SeriesClaims series = claims.series().orElseThrow();
		assertThat(series.recurrence()).isEqualTo(Recurrence.times(Frequency.DAILY, 2));
		assertThat(series.occurrences()).extracting(OccurrenceClaims::scheduledAt).containsExactly(FRIDAY, SATURDAY);
		assertThat(series.occurrences()).extracting(OccurrenceClaims::finalPriceCents).containsExactly(8_119L, 12_449L);
		assertThat(series.occurrences().get(1).timeSurchargeCents()).isEqualTo(4_000);
		assertThat(series.occurrences().get(1).breakdown()).containsExactly(
				new OccurrenceClaims.Line("BASE", "Standard Notary", 7_500, "base.fixed/v1"),
				new OccurrenceClaims.Line("WEEKEND", "Weekend surcharge", 4_000, "surcharge.weekend/v1"),
				new OccurrenceClaims.Line("TAX", "Texas sales tax 8.25%", 949, "tax.US-TX/v1"));
		assertThat(series.totalCents()).isEqualTo(20_568);
	}

	@Test
	void untilSeriesRoundTripsItsDate() {
		Recurrence untilFriday = Recurrence.until(Frequency.WEEKLY, LocalDate.of(2026, 12, 4));
		Quote quote = issuer.issueSeries("q-10", untilFriday, List.of(new PricedOccurrence(0, FRIDAY, weekday())), 1,
				Duration.ofMinutes(60), NOW);

		QuoteClaims claims = ((TokenVerification.Valid) signer.verify(quote.token(), NOW)).claims();

		assertThat(claims.series().orElseThrow().recurrence()).isEqualTo(untilFriday);
		assertThat(claims(quote.token())).contains("\"recurrence\":{\"frequency\":\"WEEKLY\",\"count\":null,"
				+ "\"until\":\"2026-12-04\"},\"occurrences\":[{\"scheduledAt\":\"2026-12-04T16:00:00Z\"");
	}

	@Test
	void aQuoteForOneAppointmentSignsNoSeriesClaims() {
		Quote quote = issuer.issue("q-11", weekday(), FRIDAY, 1, Duration.ofMinutes(60), NOW);

		assertThat(claims(quote.token())).doesNotContain("occurrences")
			.doesNotContain("recurrence")
			.endsWith(",\"exp\":" + quote.expiresAt().getEpochSecond() + "}");
		assertThat(((TokenVerification.Valid) signer.verify(quote.token(), NOW)).claims().series()).isEmpty();
	}

	@Test
	void aQuoteForOneAppointmentSignsEachOfItsLinesWithItsRule() {
		Quote quote = issuer.issue("q-12", weekend(), SATURDAY, 1, Duration.ofMinutes(60), NOW);

		QuoteClaims claims = ((TokenVerification.Valid) signer.verify(quote.token(), NOW)).claims();

		assertThat(claims.lines())
			.extracting(OccurrenceClaims.Line::code, OccurrenceClaims.Line::label, OccurrenceClaims.Line::amountCents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BASE", "Standard Notary", 7_500L),
					org.assertj.core.groups.Tuple.tuple("WEEKEND", "Weekend surcharge", 4_000L),
					org.assertj.core.groups.Tuple.tuple("TAX", "Texas sales tax 8.25%", 949L));
		assertThat(claims.lines()).allSatisfy(line -> assertThat(line.rule()).isNotBlank());
	}

	private static PriceBreakdown weekday() {
		return breakdown(line(LineCode.BASE, "Standard Notary", 7_500, "base.fixed"),
				line(LineCode.TAX, "Texas sales tax 8.25%", 619, "tax.US-TX"));
	}

	private static PriceBreakdown weekend() {
		return breakdown(line(LineCode.BASE, "Standard Notary", 7_500, "base.fixed"),
				line(LineCode.WEEKEND, "Weekend surcharge", 4_000, "surcharge.weekend"),
				line(LineCode.TAX, "Texas sales tax 8.25%", 949, "tax.US-TX"));
	}

	private static BreakdownLine line(LineCode code, String label, long cents, String rule) {
		return new BreakdownLine(code, label, Money.of(cents, "USD"), new RuleRef(rule, 1));
	}

	private static PriceBreakdown breakdown(BreakdownLine... lines) {
		return new PriceBreakdown("hmnp-standard-notary", Currency.getInstance("USD"), List.of(lines),
				Optional.empty());
	}

	private static String claims(String token) {
		return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
	}

}
