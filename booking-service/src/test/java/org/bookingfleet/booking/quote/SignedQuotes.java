package org.bookingfleet.booking.quote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs quote tokens the way the pricing service does, for tests of the booking side. */
public final class SignedQuotes {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SignedQuotes() {
    }

    public static String sign(QuoteKey key, String claimsJson) {
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + key.id() + "\"}";
        String input = encode(header) + "." + encode(claimsJson);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return input + "." + ENCODER.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String claims(String quoteId, String serviceId, Instant scheduledAt, int attendees, String promoCode,
            long finalPriceCents, long depositCents, Instant expiresAt) {
        return "{\"quoteId\":\"" + quoteId + "\",\"serviceId\":\"" + serviceId + "\",\"currency\":\"USD\","
                + "\"scheduledAt\":\"" + scheduledAt + "\",\"attendees\":" + attendees + ",\"durationMinutes\":60,"
                + "\"promoCode\":" + (promoCode == null ? "null" : "\"" + promoCode + "\"") + ","
                + "\"basePriceCents\":" + finalPriceCents + ",\"travelFeeCents\":0,\"timeSurchargeCents\":0,"
                + "\"emergencyFeeCents\":0,\"promoDiscountCents\":0,\"taxesCents\":0,"
                + "\"finalPriceCents\":" + finalPriceCents + ",\"depositRequiredCents\":" + depositCents + ","
                + "\"iat\":" + expiresAt.minusSeconds(1800).getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond() + "}";
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
