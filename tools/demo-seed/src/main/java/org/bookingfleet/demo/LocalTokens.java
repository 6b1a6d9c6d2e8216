package org.bookingfleet.demo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * HS256 JWTs with the fleet's claims ({@code sub}, {@code roles}, {@code providerId}, {@code iat}, {@code exp}), signed
 * with the local fleet's key: the same tokens as {@code JwtTokens.mint} of the web platform makes.
 */
final class LocalTokens {

    static final String LOCAL_SECRET = "local-development-only-secret-0123456789abcdef";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private final byte[] key;
    private final JsonMapper json = new JsonMapper();

    LocalTokens(String secret) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the JWT secret needs at least 32 characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    String admin() {
        return mint("demo-seed-admin", "ADMIN", null);
    }

    String provider(long providerId) {
        return mint("demo-seed-provider-" + providerId, "PROVIDER", providerId);
    }

    private String mint(String subject, String role, Long providerId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("roles", List.of(role));
        if (providerId != null) {
            claims.put("providerId", providerId);
        }
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + LIFETIME.toSeconds());
        String header = BASE64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = BASE64.encodeToString(json.writeValueAsBytes(claims));
        return header + "." + payload + "." + BASE64.encodeToString(sign(header + "." + payload));
    }

    private byte[] sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
