package org.bookingfleet.pricing.quote;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.bookingfleet.pricing.engine.PricedOccurrence;
import org.bookingfleet.pricing.engine.PriceBreakdown;

/**
 * What a series quote vouches for one occurrence: its start, its figures and every line
 * with the rule behind it.
 */
public record OccurrenceClaims(Instant scheduledAt, long basePriceCents, long travelFeeCents, long timeSurchargeCents,
		long emergencyFeeCents, long promoDiscountCents, long taxesCents, long finalPriceCents,
		long depositRequiredCents, List<Line> breakdown) implements PriceFigures {

	/**
	 * A breakdown line as signed: the code, the label shown, the signed amount and the
	 * rule with its revision.
	 */
	public record Line(String code, String label, long amountCents, String rule) {
		public Line {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(rule, "rule");
		}

		/** Each priced line of a breakdown, as a token signs it. */
		static List<Line> of(PriceBreakdown price) {
			return price.lines()
				.stream()
				.map(line -> new Line(line.code().name(), line.label(), line.amount().cents(), line.rule().toString()))
				.toList();
		}

		static List<TokenClaims> toClaims(List<Line> lines) {
			return lines.stream()
				.map(line -> TokenClaims.empty()
					.with("code", line.code())
					.with("label", line.label())
					.with("amountCents", line.amountCents())
					.with("rule", line.rule()))
				.toList();
		}

		/** Throws IllegalArgumentException when a line misses a member. */
		static List<Line> read(List<TokenClaims> lines) {
			return lines.stream()
				.map(line -> new Line(QuoteClaims.text(line, "code"), QuoteClaims.text(line, "label"),
						QuoteClaims.whole(line, "amountCents"), QuoteClaims.text(line, "rule")))
				.toList();
		}
	}

	public OccurrenceClaims {
		scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt").truncatedTo(ChronoUnit.SECONDS);
		breakdown = List.copyOf(breakdown);
	}

	public static OccurrenceClaims of(PricedOccurrence occurrence) {
		PriceBreakdown price = occurrence.breakdown();
		return new OccurrenceClaims(occurrence.start(), price.basePriceCents(), price.travelFeeCents(),
				price.timeSurchargeCents(), price.emergencyFeeCents(), price.promoDiscountCents(), price.taxesCents(),
				price.finalPriceCents(), price.depositRequiredCents(), Line.of(price));
	}

	TokenClaims toClaims() {
		return PriceFigures.writeInto(TokenClaims.empty().with("scheduledAt", scheduledAt.toString()), this)
			.with("breakdown", Line.toClaims(breakdown));
	}

	/**
	 * Throws IllegalArgumentException or DateTimeException when a member is missing or of
	 * the wrong kind.
	 */
	static OccurrenceClaims read(TokenClaims json) {
		List<Line> lines = Line
			.read(json.objects("breakdown").orElseThrow(() -> new IllegalArgumentException("breakdown")));
		return new OccurrenceClaims(Instant.parse(QuoteClaims.text(json, "scheduledAt")),
				QuoteClaims.whole(json, "basePriceCents"), QuoteClaims.whole(json, "travelFeeCents"),
				QuoteClaims.whole(json, "timeSurchargeCents"), QuoteClaims.whole(json, "emergencyFeeCents"),
				QuoteClaims.whole(json, "promoDiscountCents"), QuoteClaims.whole(json, "taxesCents"),
				QuoteClaims.whole(json, "finalPriceCents"), QuoteClaims.whole(json, "depositRequiredCents"), lines);
	}
}
