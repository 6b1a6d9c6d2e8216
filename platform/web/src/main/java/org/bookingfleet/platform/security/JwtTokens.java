package org.bookingfleet.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HS256 JWTs with the fleet's claims. The gateway checks tokens first; every service checks them again with the
 * same key, so calling a service directly gains nothing. {@link #mint} makes local tokens for each role.
 */
public final class JwtTokens implements TokenVerifier {

	/** How far a token's {@code nbf} may lie ahead of this clock: the issuer's clock may run a little fast. */
	public static final Duration NOT_BEFORE_SKEW = Duration.ofSeconds(60);

	private static final JsonMapper JSON = new JsonMapper();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] key;

	private final Clock clock;

	public JwtTokens(String secret, Clock clock) {
		if (secret == null || secret.length() < 32) {
			throw new IllegalArgumentException("the JWT secret needs at least 32 characters");
		}
		this.key = secret.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
	}

	public String mint(String subject, Set<Role> roles, Long providerId, Duration lifetime) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", subject);
		claims.put("roles", roles.stream().map(Enum::name).sorted().toList());
		if (providerId != null) {
			claims.put("providerId", providerId);
		}
		long now = this.clock.instant().getEpochSecond();
		claims.put("iat", now);
		claims.put("exp", now + lifetime.toSeconds());
		String header = ENCODER.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = ENCODER.encodeToString(JSON.writeValueAsBytes(claims));
		return header + "." + payload + "." + ENCODER.encodeToString(sign(header + "." + payload));
	}

	@Override
	public Mono<Caller> callerOf(String token) {
		return Mono.fromCallable(() -> verify(token));
	}

	/** The caller a token names; {@link InvalidToken} when it is malformed, forged, expired or not valid yet. */
	public Caller verify(String token) {
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			throw new InvalidToken("the token is not a JWT");
		}
		try {
			JsonNode header = JSON.readTree(DECODER.decode(parts[0]));
			if (!"HS256".equals(header.path("alg").asString())) {
				throw new InvalidToken("the token is not signed with HS256");
			}
			if (!MessageDigest.isEqual(sign(parts[0] + "." + parts[1]), DECODER.decode(parts[2]))) {
				throw new InvalidToken("the token's signature is wrong");
			}
			JsonNode claims = JSON.readTree(DECODER.decode(parts[1]));
			long now = this.clock.instant().getEpochSecond();
			if (!claims.has("exp") || claims.get("exp").asLong() <= now) {
				throw new InvalidToken("the token has expired");
			}
			if (claims.has("nbf") && (!claims.get("nbf").isNumber()
					|| claims.get("nbf").asLong() > now + NOT_BEFORE_SKEW.toSeconds())) {
				throw new InvalidToken("the token is not valid yet");
			}
			Set<Role> roles = EnumSet.noneOf(Role.class);
			claims.path("roles").forEach(role -> roles.add(Role.valueOf(role.asString())));
			Long providerId = claims.hasNonNull("providerId") ? claims.get("providerId").asLong() : null;
			return new Caller(claims.path("sub").asString(), Set.copyOf(roles), providerId);
		}
		catch (InvalidToken ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new InvalidToken("the token cannot be read");
		}
	}

	private byte[] sign(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(content.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static final class InvalidToken extends RuntimeException {

		public InvalidToken(String message) {
			super(message);
		}

	}

}
