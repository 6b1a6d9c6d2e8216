package org.bookingfleet.pricing.quote.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bookingfleet.pricing.engine.PriceBreakdown;
import org.bookingfleet.pricing.quote.OccurrenceClaims;
import org.bookingfleet.pricing.quote.Quote;
import org.bookingfleet.pricing.quote.QuoteBinding;
import org.bookingfleet.pricing.quote.QuoteClaims;
import org.bookingfleet.pricing.quote.SeriesClaims;

/**
 * A quote as API.md shows it, with the priced appointment echoed back. A series quote
 * adds the recurrence it priced, every occurrence with its own figures and lines (the
 * first is the quote's own), and the series' totals. What the token binds besides the
 * figures is echoed too: the address key, the customer and the promo code's limits (null
 * when none).
 */
public record QuoteView(String quoteId, String serviceId, String currency, Instant scheduledDateTime, long attendees,
		long durationMinutes, String promoCode, long basePriceCents, long travelFeeCents, long timeSurchargeCents,
		long emergencyFeeCents, long promoDiscountCents, long taxesCents, long finalPriceCents,
		long depositRequiredCents, List<LineView> breakdown, Instant issuedAt, Instant expiresAt, String quoteToken,
		@JsonInclude(JsonInclude.Include.NON_NULL) RecurrenceView recurrence,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<OccurrenceView> occurrences,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long seriesTotalCents,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long seriesDepositRequiredCents, String address,
		String customerEmail, Long promoTotalLimit, Long promoPerCustomerLimit) {

	public record LineView(String code, String label, long amountCents, String rule) {
	}

	public record RecurrenceView(String frequency, Integer count, LocalDate until) {
	}

	public record OccurrenceView(int index, Instant scheduledDateTime, long basePriceCents, long travelFeeCents,
			long timeSurchargeCents, long emergencyFeeCents, long promoDiscountCents, long taxesCents,
			long finalPriceCents, long depositRequiredCents, List<LineView> breakdown) {
	}

	static QuoteView of(Quote quote) {
		PriceBreakdown breakdown = quote.breakdown();
		QuoteClaims claims = quote.claims();
		SeriesClaims series = claims.series().orElse(null);
		Optional<QuoteBinding> binding = claims.binding();
		return new QuoteView(quote.id(), claims.serviceId(), claims.currency(), claims.scheduledAt(),
				claims.attendees(), claims.durationMinutes(), claims.promoCode().orElse(null),
				breakdown.basePriceCents(), breakdown.travelFeeCents(), breakdown.timeSurchargeCents(),
				breakdown.emergencyFeeCents(), breakdown.promoDiscountCents(), breakdown.taxesCents(),
				breakdown.finalPriceCents(), breakdown.depositRequiredCents(),
				breakdown.lines()
					.stream()
					.map(line -> new LineView(line.code().name(), line.label(), line.amount().cents(),
							line.rule().toString()))
					.toList(),
				claims.issuedAt(), claims.expiresAt(), quote.token(),
				series == null ? null
						: new RecurrenceView(series.recurrence().frequency().name(),
								series.recurrence().count().orElse(null), series.recurrence().until().orElse(null)),
				series == null ? null : occurrences(series.occurrences()), series == null ? null : series.totalCents(),
				series == null ? null : series.depositRequiredCents(),
				binding.flatMap(QuoteBinding::address).orElse(null),
				binding.flatMap(QuoteBinding::customerEmail).orElse(null),
				limit(binding.map(QuoteBinding::promoTotalLimit)),
				limit(binding.map(QuoteBinding::promoPerCustomerLimit)));
	}

	private static Long limit(Optional<OptionalLong> limit) {
		return limit.filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).orElse(null);
	}

	private static List<OccurrenceView> occurrences(List<OccurrenceClaims> occurrences) {
		return IntStream.range(0, occurrences.size()).mapToObj(n -> {
			OccurrenceClaims o = occurrences.get(n);
			return new OccurrenceView(n, o.scheduledAt(), o.basePriceCents(), o.travelFeeCents(),
					o.timeSurchargeCents(), o.emergencyFeeCents(), o.promoDiscountCents(), o.taxesCents(),
					o.finalPriceCents(), o.depositRequiredCents(),
					o.breakdown()
						.stream()
						.map(line -> new LineView(line.code(), line.label(), line.amountCents(), line.rule()))
						.toList());
		}).toList();
	}
}
