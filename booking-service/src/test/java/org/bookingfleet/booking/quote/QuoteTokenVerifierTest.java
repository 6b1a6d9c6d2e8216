package org.bookingfleet.booking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTokenVerifierTest {

    private static final QuoteKey CURRENT = new QuoteKey("2026-11", "a-secret-of-at-least-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8));
    private static final QuoteKey RETIRED = new QuoteKey("2026-10", "an-older-secret-of-thirty-two-bytes-or-more".getBytes(StandardCharsets.UTF_8));
    private static final QuoteKey FORGED = new QuoteKey("2026-11", "someone-elses-secret-of-thirty-two-bytes".getBytes(StandardCharsets.UTF_8));
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
        String cheaper = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(NOW.plusSeconds(900)).replace("12449", "1").getBytes(StandardCharsets.UTF_8));

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
        String token = SignedQuotes.sign(CURRENT, "{\"quoteId\":\"q-1\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");

        assertThat(verifier.verify(token, NOW))
                .isEqualTo(new QuoteVerification.Refused("QUOTE_INVALID", "the quote's claims are incomplete"));
    }
}
