package org.bookingfleet.booking.bookings.internal.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.bookingfleet.booking.bookings.internal.token.QuoteTokenVerifier;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.quote.PriceLine;
import org.bookingfleet.booking.quote.QuoteKey;
import org.bookingfleet.booking.quote.QuoteVerification;
import org.bookingfleet.booking.quote.QuotedOccurrence;
import org.bookingfleet.booking.quote.QuotedSeries;
import org.bookingfleet.booking.quote.SignedQuotes;
import org.junit.jupiter.api.Test;

class QuoteTokenVerifierTest {

	private static final QuoteKey CURRENT = new QuoteKey("2026-11",
			"a-secret-of-at-least-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8));

	private static final QuoteKey RETIRED = new QuoteKey("2026-10",
			"an-older-secret-of-thirty-two-bytes-or-more".getBytes(StandardCharsets.UTF_8));

	private static final QuoteKey FORGED = new QuoteKey("2026-11",
			"someone-elses-secret-of-thirty-two-bytes".getBytes(StandardCharsets.UTF_8));

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static final Instant SCHEDULED = Instant.parse("2026-12-05T15:00:00Z");

	private final QuoteTokenVerifier verifier = new QuoteTokenVerifier(List.of(CURRENT, RETIRED));

	private static String claims(Instant expiresAt) {
		return SignedQuotes.claims("q-1", "svc-mobile", SCHEDULED, 1, null, 12_449, 2_500, expiresAt);
	}

	@Test
	void tokenSignedWithAKnownKeyYieldsTheLockedQuote() {
		QuoteVerification verification = verifier.verify(SignedQuotes.sign(CURRENT, claims(NOW.plusSeconds(900))), NOW);

		assertThat(verification).isInstanceOf(QuoteVerification.Verified.class);
		LockedQuote quote = ((QuoteVerification.Verified) verification).quote();
		assertThat(quote.serviceId()).isEqualTo("svc-mobile");
		assertThat(quote.scheduledAt()).isEqualTo(SCHEDULED);
		assertThat(quote.finalPriceCents()).isEqualTo(12_449);
		assertThat(quote.depositRequiredCents()).isEqualTo(2_500);
		assertThat(quote.promoCode()).isNull();
	}

	@Test
	void aQuoteForOneAppointmentKeepsEachSignedLineAndOneSignedBeforeLinesKeepsNone() {
		String withLines = claims(NOW.plusSeconds(900))
			.replace(",\"iat\":", ",\"breakdown\":[{\"code\":\"BASE\",\"label\":\"Mobile notary\",\"amountCents\":7500,"
					+ "\"rule\":\"base.fixed/v1\"},{\"code\":\"WEEKEND\",\"label\":\"Weekend surcharge\","
					+ "\"amountCents\":4000,\"rule\":\"surcharge.weekend/v1\"},{\"code\":\"AFTER_HOURS\","
					+ "\"label\":\"After-hours surcharge\",\"amountCents\":949,\"rule\":\"surcharge.after-hours/v1\"}],"
					+ "\"iat\":");

		LockedQuote lined = ((QuoteVerification.Verified) verifier.verify(SignedQuotes.sign(CURRENT, withLines), NOW))
			.quote();
		LockedQuote older = ((QuoteVerification.Verified) verifier
			.verify(SignedQuotes.sign(CURRENT, claims(NOW.plusSeconds(900))), NOW)).quote();

		assertThat(lined.breakdown()).extracting(PriceLine::code, PriceLine::amountCents)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("BASE", 7_500L),
					org.assertj.core.groups.Tuple.tuple("WEEKEND", 4_000L),
					org.assertj.core.groups.Tuple.tuple("AFTER_HOURS", 949L));
		assertThat(older.breakdown()).isEmpty();
	}

	@Test
	void tokenSignedWithAnOlderStillAcceptedKeyVerifies() {
		assertThat(verifier.verify(SignedQuotes.sign(RETIRED, claims(NOW.plusSeconds(900))), NOW))
			.isInstanceOf(QuoteVerification.Verified.class);
	}

	@Test
	void tokenSignedWithAnotherSecretUnderAKnownKeyIdIsInvalid() {
		assertThat(verifier.verify(SignedQuotes.sign(FORGED, claims(NOW.plusSeconds(900))), NOW))
			.isEqualTo(new QuoteVerification.Refused("QUOTE_INVALID", "bad signature"));
	}

	@Test
	void tokenWithAChangedPriceIsInvalid() {
		String token = SignedQuotes.sign(CURRENT, claims(NOW.plusSeconds(900)));
		String[] parts = token.split("\\.");
		String cheaper = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(claims(NOW.plusSeconds(900)).replace("12449", "1").getBytes(StandardCharsets.UTF_8));

		assertThat(verifier.verify(parts[0] + "." + cheaper + "." + parts[2], NOW))
			.isInstanceOf(QuoteVerification.Refused.class);
	}

	@Test
	void expiredQuoteIsRefusedAsExpired() {
		QuoteVerification verification = verifier.verify(SignedQuotes.sign(CURRENT, claims(NOW)), NOW);

		assertThat(verification).isInstanceOf(QuoteVerification.Refused.class);
		assertThat(((QuoteVerification.Refused) verification).code()).isEqualTo("QUOTE_EXPIRED");
	}

	@Test
	void garbageIsInvalid() {
		assertThat(verifier.verify("not.a.token", NOW)).isInstanceOf(QuoteVerification.Refused.class);
		assertThat(verifier.verify("abc", NOW)).isInstanceOf(QuoteVerification.Refused.class);
		assertThat(verifier.verify(null, NOW)).isInstanceOf(QuoteVerification.Refused.class);
	}

	@Test
	void tokenWithoutAllFiguresIsInvalid() {
		String token = SignedQuotes.sign(CURRENT,
				"{\"quoteId\":\"q-1\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");

		assertThat(verifier.verify(token, NOW))
			.isEqualTo(new QuoteVerification.Refused("QUOTE_INVALID", "the quote's claims are incomplete"));
	}

	@Test
	void seriesTokenYieldsEveryOccurrencesOwnPriceAndLines() {
		Instant saturday = SCHEDULED.plusSeconds(86_400);
		String token = SignedQuotes.sign(CURRENT,
				SignedQuotes.seriesClaims("q-9", "svc-mobile", "DAILY", 2, null,
						List.of(new SignedQuotes.Priced(SCHEDULED, 7_500, 0, 0),
								new SignedQuotes.Priced(saturday, 7_500, 4_000, 1_000)),
						NOW.plusSeconds(900)));

		QuoteVerification.Verified verified = (QuoteVerification.Verified) verifier.verify(token, NOW);

		assertThat(verified.quote().finalPriceCents()).isEqualTo(7_500);
		QuotedSeries series = verified.series().orElseThrow();
		assertThat(series.frequency()).isEqualTo("DAILY");
		assertThat(series.count()).isEqualTo(2);
		assertThat(series.until()).isNull();
		assertThat(series.occurrences()).extracting(QuotedOccurrence::scheduledAt).containsExactly(SCHEDULED, saturday);
		assertThat(series.occurrences().get(1).finalPriceCents()).isEqualTo(11_500);
		assertThat(series.occurrences().get(1).breakdown()).containsExactly(
				new PriceLine("BASE", "Mobile notary", 7_500, "base.fixed/v1"),
				new PriceLine("WEEKEND", "Weekend surcharge", 4_000, "surcharge.weekend/v1"),
				new PriceLine("DEPOSIT", "Deposit", 1_000, "deposit.fixed/v1"));
	}

	@Test
	void tokenWithoutSeriesClaimsHasNoSeries() {
		QuoteVerification.Verified verified = (QuoteVerification.Verified) verifier
			.verify(SignedQuotes.sign(CURRENT, claims(NOW.plusSeconds(900))), NOW);

		assertThat(verified.series()).isEmpty();
		assertThat(verified.quote().breakdown()).isEmpty();
	}

	@Test
	void seriesTokenWithAnIncompleteOccurrenceIsInvalid() {
		String claims = SignedQuotes
			.seriesClaims("q-9", "svc-mobile", "DAILY", 1, null,
					List.of(new SignedQuotes.Priced(SCHEDULED, 7_500, 0, 0)), NOW.plusSeconds(900))
			.replace(",\"breakdown\":[", ",\"lines\":[");

		assertThat(verifier.verify(SignedQuotes.sign(CURRENT, claims), NOW))
			.isEqualTo(new QuoteVerification.Refused("QUOTE_INVALID", "the quote's series claims are incomplete"));
	}

}
