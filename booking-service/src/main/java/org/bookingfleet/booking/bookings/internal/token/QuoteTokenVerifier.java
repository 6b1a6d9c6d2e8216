package org.bookingfleet.booking.bookings.internal.token;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.quote.PriceLine;
import org.bookingfleet.booking.quote.QuoteBinding;
import org.bookingfleet.booking.quote.QuoteKey;
import org.bookingfleet.booking.quote.QuoteVerification;
import org.bookingfleet.booking.quote.QuotedOccurrence;
import org.bookingfleet.booking.quote.QuotedSeries;
import org.bookingfleet.platform.tokens.CompactJws;
import tools.jackson.databind.JsonNode;

/**
 * Verifies the pricing service's quote tokens offline with the platform's compact-JWS
 * codec: HMAC-SHA256 under the key its header names, the quote's figures in its claims.
 * No call goes back to the pricing service.
 */
public final class QuoteTokenVerifier {

	private static final String INVALID = "QUOTE_INVALID";

	private static final String EXPIRED = "QUOTE_EXPIRED";

	private final CompactJws jws;

	public QuoteTokenVerifier(List<QuoteKey> keys) {
		Map<String, byte[]> accepted = new LinkedHashMap<>();
		keys.forEach(key -> accepted.put(key.id(), key.secret()));
		this.jws = CompactJws.verifying(accepted);
	}

	public QuoteVerification verify(String token, Instant now) {
		if (token == null) {
			return refused(INVALID, "no quote token");
		}
		CompactJws.Check check = jws.check(token);
		if (check instanceof CompactJws.Refused refused) {
			return refused(INVALID, switch (refused.reason()) {
				case MALFORMED -> "not a signed quote";
				case UNSUPPORTED_ALGORITHM -> "unsupported signature algorithm";
				case UNKNOWN_KEY -> "signed with an unknown key";
				case BAD_SIGNATURE -> "bad signature";
			});
		}
		CompactJws.Verified verified = (CompactJws.Verified) check;
		JsonNode claimed = verified.claims();
		Optional<LockedQuote> quote = quote(claimed);
		if (quote.isEmpty()) {
			return refused(INVALID, "the quote's claims are incomplete");
		}
		if (!now.isBefore(quote.get().expiresAt())) {
			return refused(EXPIRED, "the quote expired at " + quote.get().expiresAt());
		}
		Optional<QuoteBinding> binding = binding(claimed);
		if (binding.isEmpty()) {
			return refused(INVALID, "the quote's bound address, customer or promo limits are malformed");
		}
		if (!claimed.has("recurrence") && !claimed.has("occurrences")) {
			return new QuoteVerification.Verified(quote.get(), verified.keyId(), Optional.empty(), binding.get());
		}
		Optional<QuotedSeries> series = series(claimed);
		if (series.isEmpty()) {
			return refused(INVALID, "the quote's series claims are incomplete");
		}
		return new QuoteVerification.Verified(quote.get(), verified.keyId(), series, binding.get());
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
		List<PriceLine> breakdown = lines(occurrence);
		return new QuotedOccurrence(Instant.parse(required(occurrence, "scheduledAt")),
				whole(occurrence, "basePriceCents"), whole(occurrence, "travelFeeCents"),
				whole(occurrence, "timeSurchargeCents"), whole(occurrence, "emergencyFeeCents"),
				whole(occurrence, "promoDiscountCents"), whole(occurrence, "taxesCents"),
				whole(occurrence, "finalPriceCents"), whole(occurrence, "depositRequiredCents"), breakdown);
	}

	/**
	 * The signed lines of a price ({@code breakdown}): a quote signs them for its own
	 * appointment (tokens issued before it did carry none) and for each occurrence of a
	 * series.
	 */
	private static List<PriceLine> lines(JsonNode priced) {
		JsonNode lines = priced.get("breakdown");
		if (lines == null || !lines.isArray()) {
			throw new IllegalArgumentException("breakdown");
		}
		List<PriceLine> breakdown = new ArrayList<>();
		for (JsonNode line : lines) {
			breakdown.add(new PriceLine(required(line, "code"), required(line, "label"), whole(line, "amountCents"),
					required(line, "rule")));
		}
		return breakdown;
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
					Instant.ofEpochSecond(whole(claims, "exp")), claims.has("breakdown") ? lines(claims) : List.of()));
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

	private static QuoteVerification refused(String code, String reason) {
		return new QuoteVerification.Refused(code, reason);
	}

}
