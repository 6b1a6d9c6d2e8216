package org.bookingfleet.booking.bookings.internal.store;

import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.booking.bookings.FeeLine;
import org.bookingfleet.events.booking.PriceSnapshot;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fee lines that joined a booking's price after it was made, kept as a JSON array on
 * the booking.
 */
public final class FeeLines {

	private static final TypeReference<List<PriceSnapshot.Line>> LINES = new TypeReference<>() {
	};

	private FeeLines() {
	}

	public static List<PriceSnapshot.Line> read(String stored, JsonMapper json) {
		return stored == null ? List.of() : json.readValue(stored, LINES);
	}

	/** The stored lines with {@code fee} added as the last. */
	public static String adding(String stored, FeeLine fee, JsonMapper json) {
		List<PriceSnapshot.Line> lines = new ArrayList<>(read(stored, json));
		lines.add(new PriceSnapshot.Line(fee.code(), fee.label(), fee.amountCents(), fee.rule()));
		return json.writeValueAsString(lines);
	}

}
