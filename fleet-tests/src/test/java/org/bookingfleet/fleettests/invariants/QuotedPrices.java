package org.bookingfleet.fleettests.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bookingfleet.fleettests.api.Json;
import tools.jackson.databind.JsonNode;

/**
 * A booking costs what its quote said: the price snapshot the booking keeps names a quote
 * the pricing service gave, for the booking's own start, at the same final price (an
 * occurrence of a series at its own occurrence's price), and the booking's total is that
 * price.
 */
final class QuotedPrices {

	private QuotedPrices() {
	}

	static void everyBookingCostsWhatItsQuoteSaid() {
		List<List<String>> bookings = FleetDatabases.rows("booking", """
				select id::text, quote, total_cents, (extract(epoch from starts_at) * 1000)::bigint, series_id
				  from booking where series_id is null or series_index is not null""");
		Map<String, JsonNode> snapshots = new HashMap<>();
		bookings.forEach(row -> snapshots.put(row.get(0), Json.MAPPER.readTree(row.get(1))));
		Map<String, List<String>> quotes = quotesGiven(
				snapshots.values().stream().map(snapshot -> snapshot.path("quoteId").asString()).distinct().toList());
		List<String> wrong = new ArrayList<>();
		for (List<String> row : bookings) {
			JsonNode snapshot = snapshots.get(row.get(0));
			String quoteId = snapshot.path("quoteId").asString();
			long snapshotPrice = snapshot.path("finalPriceCents").asLong();
			Instant start = Instant.ofEpochMilli(Long.parseLong(row.get(3)));
			List<String> quote = quotes.get(quoteId);
			if (quote == null) {
				wrong.add(row.get(0) + ": quote " + quoteId + " was never given");
			}
			else if (snapshotPrice != quotedPrice(quote, row.get(4) != null, start)) {
				wrong.add(row.get(0) + ": snapshot " + snapshotPrice + ", quote " + quoteId + " said " + quote);
			}
			else if (Long.parseLong(row.get(2)) != snapshotPrice) {
				wrong.add(row.get(0) + ": total " + row.get(2) + ", snapshot " + snapshotPrice);
			}
			else if (!instant(snapshot.path("scheduledAt")).equals(start)) {
				wrong.add(row.get(0) + ": starts " + start + ", priced for " + snapshot.path("scheduledAt"));
			}
		}
		assertThat(wrong).as("bookings whose price is not their quote's").isEmpty();
	}

	/**
	 * The quotes of the ids as the pricing service stored them: final price, then the
	 * occurrences of a series.
	 */
	private static Map<String, List<String>> quotesGiven(List<String> ids) {
		Map<String, List<String>> given = new HashMap<>();
		if (!ids.isEmpty()) {
			FleetDatabases
				.rows("pricing",
						"select id::text, final_price_cents, occurrences from quote"
								+ " where id::text = any(string_to_array(?, ','))",
						String.join(",", ids))
				.forEach(row -> given.put(row.get(0), row.subList(1, row.size())));
		}
		return given;
	}

	/**
	 * What the quote asked for the appointment at the start: the quote's price, or its
	 * occurrence's there.
	 */
	private static long quotedPrice(List<String> quote, boolean ofASeries, Instant start) {
		if (!ofASeries || quote.get(1) == null) {
			return Long.parseLong(quote.get(0));
		}
		for (JsonNode occurrence : Json.MAPPER.readTree(quote.get(1))) {
			if (instant(occurrence.path("scheduledAt")).equals(start)) {
				return occurrence.path("finalPriceCents").asLong();
			}
		}
		return -1;
	}

	private static Instant instant(JsonNode value) {
		if (value.isNumber()) {
			return Instant.ofEpochMilli(Math.round(value.asDouble() * 1000));
		}
		return value.isString() ? Instant.parse(value.asString()) : Instant.EPOCH;
	}

}
