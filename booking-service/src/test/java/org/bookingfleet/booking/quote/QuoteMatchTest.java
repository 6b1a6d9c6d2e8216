package org.bookingfleet.booking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.bookingfleet.booking.request.FieldError;
import org.junit.jupiter.api.Test;

class QuoteMatchTest {

	private static final Instant AT = Instant.parse("2026-12-05T15:00:00Z");

	private static LockedQuote quote(String promo, long deposit) {
		return new LockedQuote("q-1", "svc-mobile", "USD", AT, 1, 60, promo, 7_500, 0, 4_000, 0, 0, 949, 12_449,
				deposit, AT.minusSeconds(3_600), AT.minusSeconds(1_800));
	}

	@Test
	void quoteForTheSameServiceTimeSeatsAndPromoMatches() {
		assertThat(QuoteMatch.mismatches(quote("WELCOME10", 0), "svc-mobile", AT.plusMillis(400), 1, " welcome10 "))
			.isEmpty();
	}

	@Test
	void quoteForAnotherServiceOrTimeIsNamed() {
		assertThat(QuoteMatch.mismatches(quote(null, 0), "svc-ron", AT.plusSeconds(3_600), 1, null))
			.extracting(FieldError::message)
			.containsExactly("the quote is for another service", "the quote is for another time");
	}

	@Test
	void quoteForFewerAttendeesDoesNotMatch() {
		assertThat(QuoteMatch.mismatches(quote(null, 0), "svc-mobile", AT, 3, null)).hasSize(1);
	}

	@Test
	void promoCodeAddedAfterTheQuoteDoesNotMatch() {
		assertThat(QuoteMatch.mismatches(quote(null, 0), "svc-mobile", AT, 1, "WELCOME10")).hasSize(1);
	}

	@Test
	void depositIsDueNowWhenTheQuoteHasOne() {
		assertThat(quote(null, 2_500).amountDueNowCents(false)).isEqualTo(2_500);
	}

	@Test
	void wholePriceIsDueNowWithoutADeposit() {
		assertThat(quote(null, 0).amountDueNowCents(false)).isEqualTo(12_449);
	}

	@Test
	void nothingIsDueNowWhenTheServiceIsPaidAtTheAppointment() {
		assertThat(quote(null, 2_500).amountDueNowCents(true)).isZero();
	}

}
