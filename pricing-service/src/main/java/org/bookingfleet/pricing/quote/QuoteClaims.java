package org.bookingfleet.pricing.quote;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import org.bookingfleet.pricing.engine.PriceBreakdown;

/**
 * What a quote token vouches for: the quote, the appointment it prices and every figure
 * of the public API, for a series quote every occurrence's own price, and what else the
 * price depends on (the {@link QuoteBinding}: address, customer, promo limits), which
 * every quote the issuer gives carries. Instants are whole seconds, as tokens carry them.
 */
public record QuoteClaims(String quoteId, String serviceId, String currency, Instant scheduledAt, long attendees,
		long durationMinutes, Optional<String> promoCode, long basePriceCents, long travelFeeCents,
		long timeSurchargeCents, long emergencyFeeCents, long promoDiscountCents, long taxesCents, long finalPriceCents,
		long depositRequiredCents, Instant issuedAt, Instant expiresAt, Optional<SeriesClaims> series,
		Optional<QuoteBinding> binding, List<OccurrenceClaims.Line> lines) implements PriceFigures {

	public QuoteClaims {
		Objects.requireNonNull(quoteId, "quoteId");
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(currency, "currency");
		scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt").truncatedTo(ChronoUnit.SECONDS);
		issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
		expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
		promoCode = promoCode == null ? Optional.empty() : promoCode;
		series = series == null ? Optional.empty() : series;
		binding = binding == null ? Optional.empty() : binding;
		lines = lines == null ? List.of() : List.copyOf(lines);
		if (series.isPresent() && !series.get().occurrences().get(0).scheduledAt().equals(scheduledAt)) {
			throw new IllegalArgumentException("a series quote's first occurrence is its scheduled start");
		}
	}

	/** The claims of a quote for one appointment. */
	public QuoteClaims(String quoteId, String serviceId, String currency, Instant scheduledAt, long attendees,
			long durationMinutes, Optional<String> promoCode, long basePriceCents, long travelFeeCents,
			long timeSurchargeCents, long emergencyFeeCents, long promoDiscountCents, long taxesCents,
			long finalPriceCents, long depositRequiredCents, Instant issuedAt, Instant expiresAt) {
		this(quoteId, serviceId, currency, scheduledAt, attendees, durationMinutes, promoCode, basePriceCents,
				travelFeeCents, timeSurchargeCents, emergencyFeeCents, promoDiscountCents, taxesCents, finalPriceCents,
				depositRequiredCents, issuedAt, expiresAt, Optional.empty(), Optional.empty(), List.of());
	}

	/** The claims of a quote for one appointment or a series, bound to nothing. */
	public QuoteClaims(String quoteId, String serviceId, String currency, Instant scheduledAt, long attendees,
			long durationMinutes, Optional<String> promoCode, long basePriceCents, long travelFeeCents,
			long timeSurchargeCents, long emergencyFeeCents, long promoDiscountCents, long taxesCents,
			long finalPriceCents, long depositRequiredCents, Instant issuedAt, Instant expiresAt,
			Optional<SeriesClaims> series) {
		this(quoteId, serviceId, currency, scheduledAt, attendees, durationMinutes, promoCode, basePriceCents,
				travelFeeCents, timeSurchargeCents, emergencyFeeCents, promoDiscountCents, taxesCents, finalPriceCents,
				depositRequiredCents, issuedAt, expiresAt, series, Optional.empty(), List.of());
	}

	public static QuoteClaims of(String quoteId, PriceBreakdown breakdown, Instant scheduledAt, long attendees,
			long durationMinutes, Instant issuedAt, Instant expiresAt) {
		return new QuoteClaims(quoteId, breakdown.serviceId(), breakdown.currency().getCurrencyCode(), scheduledAt,
				attendees, durationMinutes, breakdown.promoCode(), breakdown.basePriceCents(),
				breakdown.travelFeeCents(), breakdown.timeSurchargeCents(), breakdown.emergencyFeeCents(),
				breakdown.promoDiscountCents(), breakdown.taxesCents(), breakdown.finalPriceCents(),
				breakdown.depositRequiredCents(), issuedAt, expiresAt)
			.withLines(OccurrenceClaims.Line.of(breakdown));
	}

	public QuoteClaims withSeries(SeriesClaims priced) {
		return new QuoteClaims(quoteId, serviceId, currency, scheduledAt, attendees, durationMinutes, promoCode,
				basePriceCents, travelFeeCents, timeSurchargeCents, emergencyFeeCents, promoDiscountCents, taxesCents,
				finalPriceCents, depositRequiredCents, issuedAt, expiresAt, Optional.of(priced), binding, lines);
	}

	public QuoteClaims withBinding(QuoteBinding bound) {
		return new QuoteClaims(quoteId, serviceId, currency, scheduledAt, attendees, durationMinutes, promoCode,
				basePriceCents, travelFeeCents, timeSurchargeCents, emergencyFeeCents, promoDiscountCents, taxesCents,
				finalPriceCents, depositRequiredCents, issuedAt, expiresAt, series, Optional.of(bound), lines);
	}

	/**
	 * The priced lines the figures add up from, each with its rule, signed beside them.
	 */
	public QuoteClaims withLines(List<OccurrenceClaims.Line> priced) {
		return new QuoteClaims(quoteId, serviceId, currency, scheduledAt, attendees, durationMinutes, promoCode,
				basePriceCents, travelFeeCents, timeSurchargeCents, emergencyFeeCents, promoDiscountCents, taxesCents,
				finalPriceCents, depositRequiredCents, issuedAt, expiresAt, series, binding, priced);
	}

	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(expiresAt);
	}

	/**
	 * Claims bound to nothing write exactly what they always did; a series quote appends
	 * its own, and a bound quote appends its binding after everything else.
	 */
	public TokenClaims toClaims() {
		TokenClaims json = TokenClaims.empty()
			.with("quoteId", quoteId)
			.with("serviceId", serviceId)
			.with("currency", currency)
			.with("scheduledAt", scheduledAt.toString())
			.with("attendees", attendees)
			.with("durationMinutes", durationMinutes)
			.with("promoCode", promoCode.orElse(null));
		PriceFigures.writeInto(json, this);
		if (!lines.isEmpty()) {
			json.with("breakdown", OccurrenceClaims.Line.toClaims(lines));
		}
		json.with("iat", issuedAt.getEpochSecond()).with("exp", expiresAt.getEpochSecond());
		series.ifPresent(priced -> priced.writeInto(json));
		binding.ifPresent(bound -> bound.writeInto(json));
		return json;
	}

	/**
	 * The quote a token's claims describe; empty when one is missing or of another kind.
	 */
	public static Optional<QuoteClaims> fromClaims(TokenClaims claims) {
		return read(claims);
	}

	private static Optional<QuoteClaims> read(TokenClaims json) {
		try {
			Optional<String> promoCode = json.string("promoCode");
			if (promoCode.isEmpty() && !json.isNull("promoCode")) {
				return Optional.empty();
			}
			return Optional.of(new QuoteClaims(text(json, "quoteId"), text(json, "serviceId"), text(json, "currency"),
					Instant.parse(text(json, "scheduledAt")), whole(json, "attendees"), whole(json, "durationMinutes"),
					promoCode, whole(json, "basePriceCents"), whole(json, "travelFeeCents"),
					whole(json, "timeSurchargeCents"), whole(json, "emergencyFeeCents"),
					whole(json, "promoDiscountCents"), whole(json, "taxesCents"), whole(json, "finalPriceCents"),
					whole(json, "depositRequiredCents"), Instant.ofEpochSecond(whole(json, "iat")),
					Instant.ofEpochSecond(whole(json, "exp")), SeriesClaims.readFrom(json), QuoteBinding.readFrom(json),
					json.has("breakdown") ? OccurrenceClaims.Line
						.read(json.objects("breakdown").orElseThrow(() -> new IllegalArgumentException("breakdown")))
							: List.of()));
		}
		catch (IllegalArgumentException | DateTimeException | ArithmeticException missing) {
			return Optional.empty();
		}
	}

	static String text(TokenClaims json, String name) {
		return json.string(name).orElseThrow(() -> new IllegalArgumentException(name));
	}

	static long whole(TokenClaims json, String name) {
		return json.number(name).orElseThrow(() -> new IllegalArgumentException(name));
	}
}
