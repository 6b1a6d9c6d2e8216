package org.bookingfleet.booking.quote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies the pricing service's quote tokens offline: a compact JWS signed with
 * HMAC-SHA256, the key id in its header, the quote's figures in its claims. No call goes
 * back to the pricing service.
 */
public final class QuoteTokenVerifier {

	private static final String INVALID = "QUOTE_INVALID";

	private static final String EXPIRED = "QUOTE_EXPIRED";

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, QuoteKey> keys;

	public QuoteTokenVerifier(List<QuoteKey> keys) {
		this.keys = keys.stream().collect(Collectors.toUnmodifiableMap(QuoteKey::id, Function.identity()));
	}

	public QuoteVerification verify(String token, Instant now) {
		if (token == null) {
			return refused(INVALID, "no quote token");
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return refused(INVALID, "not a signed quote");
		}
		Optional<JsonNode> header = decode(parts[0]).flatMap(QuoteTokenVerifier::json);
		Optional<byte[]> claims = decode(parts[1]);
		Optional<byte[]> signature = decode(parts[2]);
		if (header.isEmpty() || claims.isEmpty() || signature.isEmpty()) {
			return refused(INVALID, "not a signed quote");
		}
		if (!"HS256".equals(text(header.get(), "alg"))) {
			return refused(INVALID, "unsupported signature algorithm");
		}
		QuoteKey key = keys.get(text(header.get(), "kid"));
		if (key == null) {
			return refused(INVALID, "signed with an unknown key");
		}
		if (!MessageDigest.isEqual(hmac(key, parts[0] + "." + parts[1]), signature.get())) {
			return refused(INVALID, "bad signature");
		}
		Optional<LockedQuote> quote = json(claims.get()).flatMap(QuoteTokenVerifier::quote);
		if (quote.isEmpty()) {
			return refused(INVALID, "the quote's claims are incomplete");
		}
		if (!now.isBefore(quote.get().expiresAt())) {
			return refused(EXPIRED, "the quote expired at " + quote.get().expiresAt());
		}
		JsonNode claimed = json(claims.get()).orElseThrow();
		Optional<QuoteBinding> binding = binding(claimed);
		if (binding.isEmpty()) {
			return refused(INVALID, "the quote's bound address, customer or promo limits are malformed");
		}
		if (!claimed.has("recurrence") && !claimed.has("occurrences")) {
			return new QuoteVerification.Verified(quote.get(), key.id(), Optional.empty(), binding.get());
		}
		Optional<QuotedSeries> series = series(claimed);
		if (series.isEmpty()) {
			return refused(INVALID, "the quote's series claims are incomplete");
		}
		return new QuoteVerification.Verified(quote.get(), key.id(), series, binding.get());
	}

	/**
	 * The series claims: {@code recurrence{frequency, count, until}} and
	 * {@code occurrences[...]} with their lines.
	 */
	private static Optional<QuotedSeries> series(JsonNode claims) {
		try {
			JsonNode recurrence = claims.get("recurrence");
			JsonNode occurrences = claims.get("occurrences");
			if (recurrence == null || !recurrence.isObject() || occurrences == null || !occurrences.isArray()) {
				return Optional.empty();
			}
			JsonNode count = recurrence.get("count");
			String until = text(recurrence, "until");
			List<QuotedOccurrence> priced = new ArrayList<>();
			for (JsonNode occurrence : occurrences) {
				priced.add(occurrence(occurrence));
			}
			return Optional.of(new QuotedSeries(required(recurrence, "frequency"),
					count == null || count.isNull() ? null : Math.toIntExact(whole(recurrence, "count")),
					until == null ? null : LocalDate.parse(until), priced));
		}
		catch (IllegalArgumentException | DateTimeException | ArithmeticException incomplete) {
			return Optional.empty();
		}
	}

	private static QuotedOccurrence occurrence(JsonNode occurrence) {
		JsonNode lines = occurrence.get("breakdown");
		if (lines == null || !lines.isArray()) {
			throw new IllegalArgumentException("breakdown");
		}
		List<PriceLine> breakdown = new ArrayList<>();
		for (JsonNode line : lines) {
			breakdown.add(new PriceLine(required(line, "code"), required(line, "label"), whole(line, "amountCents"),
					required(line, "rule")));
		}
		return new QuotedOccurrence(Instant.parse(required(occurrence, "scheduledAt")),
				whole(occurrence, "basePriceCents"), whole(occurrence, "travelFeeCents"),
				whole(occurrence, "timeSurchargeCents"), whole(occurrence, "emergencyFeeCents"),
				whole(occurrence, "promoDiscountCents"), whole(occurrence, "taxesCents"),
				whole(occurrence, "finalPriceCents"), whole(occurrence, "depositRequiredCents"), breakdown);
	}

	/**
	 * {@code address}, {@code customerEmail}, {@code promoTotalLimit},
	 * {@code promoPerCustomerLimit}: each may be null.
	 */
	private static Optional<QuoteBinding> binding(JsonNode claims) {
		try {
			return Optional.of(new QuoteBinding(claims.has("address"), nullableText(claims, "address"),
					QuoteBinding.normalisedEmail(nullableText(claims, "customerEmail")),
					nullableWhole(claims, "promoTotalLimit"), nullableWhole(claims, "promoPerCustomerLimit")));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	private static String nullableText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new IllegalArgumentException(field);
		}
		return value.stringValue();
	}

	private static Long nullableWhole(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : whole(node, field);
	}

	private static Optional<LockedQuote> quote(JsonNode claims) {
		try {
			JsonNode promo = claims.get("promoCode");
			return Optional.of(new LockedQuote(required(claims, "quoteId"), required(claims, "serviceId"),
					required(claims, "currency"), Instant.parse(required(claims, "scheduledAt")),
					whole(claims, "attendees"), whole(claims, "durationMinutes"),
					promo == null || promo.isNull() ? null : promo.stringValue(), whole(claims, "basePriceCents"),
					whole(claims, "travelFeeCents"), whole(claims, "timeSurchargeCents"),
					whole(claims, "emergencyFeeCents"), whole(claims, "promoDiscountCents"),
					whole(claims, "taxesCents"), whole(claims, "finalPriceCents"),
					whole(claims, "depositRequiredCents"), Instant.ofEpochSecond(whole(claims, "iat")),
					Instant.ofEpochSecond(whole(claims, "exp"))));
		}
		catch (IllegalArgumentException | DateTimeException incomplete) {
			return Optional.empty();
		}
	}

	private static String required(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null) {
			throw new IllegalArgumentException(field);
		}
		return value;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() ? value.stringValue() : null;
	}

	private static long whole(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
			throw new IllegalArgumentException(field);
		}
		return value.longValue();
	}

	private static Optional<JsonNode> json(byte[] bytes) {
		try {
			JsonNode node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
			return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
		}
		catch (JacksonException notJson) {
			return Optional.empty();
		}
	}

	/** Accepts only the one canonical base64url spelling of each part. */
	private static Optional<byte[]> decode(String part) {
		try {
			byte[] bytes = DECODER.decode(part);
			return ENCODER.encodeToString(bytes).equals(part) ? Optional.of(bytes) : Optional.empty();
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private static byte[] hmac(QuoteKey key, String signingInput) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
			return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException missing) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missing);
		}
	}

	private static QuoteVerification refused(String code, String reason) {
		return new QuoteVerification.Refused(code, reason);
	}

}
