package org.bookingfleet.integration.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a partner's HMAC-SHA256 signature over the raw request body. The header may carry the digest in
 * hex or base64, optionally prefixed {@code sha256=}. Comparison takes constant time.
 */
public final class WebhookSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    public WebhookSignature(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret cannot be empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(byte[] body, String signatureHeader) {
        if (body == null || signatureHeader == null || signatureHeader.isBlank()) {
            return false;
        }
        byte[] expected = digest(body);
        String presented = signatureHeader.trim();
        if (presented.toLowerCase(Locale.ROOT).startsWith("sha256=")) {
            presented = presented.substring("sha256=".length());
        }
        byte[] given = decode(presented);
        return given != null && MessageDigest.isEqual(expected, given);
    }

    /** The header value a partner would send for this body, in hex. */
    public String sign(byte[] body) {
        return HexFormat.of().formatHex(digest(body));
    }

    private byte[] digest(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] decode(String value) {
        if (value.length() == 64 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
        }
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
