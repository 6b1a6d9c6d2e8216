package org.bookingfleet.booking.bookings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a booking's progress, as a small JSON object for
 * the audit log.
 */
public final class AuditDiff {

	private AuditDiff() {
	}

	public static String between(Booking before, Booking after) {
		Map<String, Object[]> changes = new LinkedHashMap<>();
		BookingProgress a = before.progress();
		BookingProgress b = after.progress();
		put(changes, "status", a.status(), b.status());
		put(changes, "startsAt", a.startsAt(), b.startsAt());
		put(changes, "endsAt", a.endsAt(), b.endsAt());
		put(changes, "holdId", a.holdId(), b.holdId());
		put(changes, "slotReserved", a.slotReserved(), b.slotReserved());
		put(changes, "approved", a.approved(), b.approved());
		put(changes, "paidCents", a.paidCents(), b.paidCents());
		put(changes, "refundCents", a.refundCents(), b.refundCents());
		put(changes, "payBy", a.payBy(), b.payBy());
		put(changes, "pendingHoldId", a.pendingHoldId(), b.pendingHoldId());
		put(changes, "pendingFeeCents", a.pendingFeeCents(), b.pendingFeeCents());
		put(changes, "feesCents", a.feesCents(), b.feesCents());
		put(changes, "amountDueCents", before.amountDueCents(), after.amountDueCents());
		put(changes, "totalCents", before.details().totalCents(), after.details().totalCents());
		put(changes, "quoteId", quoteId(before.details().quote()), quoteId(after.details().quote()));
		put(changes, "reason", a.statusReason(), b.statusReason());
		put(changes, "address", before.details().address(), after.details().address());
		put(changes, "seats", before.details().seats(), after.details().seats());
		put(changes, "attendees", before.details().attendees(), after.details().attendees());
		put(changes, "customerName", before.details().customerName(), after.details().customerName());
		put(changes, "customerEmail", before.details().customerEmail(), after.details().customerEmail());
		put(changes, "customerPhone", before.details().customerPhone(), after.details().customerPhone());
		put(changes, "specialInstructions", before.details().specialInstructions(),
				after.details().specialInstructions());
		return changes.entrySet()
			.stream()
			.map(e -> quote(e.getKey()) + ":{\"from\":" + value(e.getValue()[0]) + ",\"to\":" + value(e.getValue()[1])
					+ "}")
			.collect(Collectors.joining(",", "{", "}"));
	}

	/**
	 * The id of a price snapshot, read from its JSON without a parser:
	 * {@code "quoteId":"..."} is always written first.
	 */
	public static String quoteId(String quoteJson) {
		if (quoteJson == null) {
			return null;
		}
		int key = quoteJson.indexOf("\"quoteId\":\"");
		if (key < 0) {
			return null;
		}
		int from = key + "\"quoteId\":\"".length();
		int to = quoteJson.indexOf('"', from);
		return to < 0 ? null : quoteJson.substring(from, to);
	}

	private static void put(Map<String, Object[]> changes, String field, Object from, Object to) {
		if (!Objects.equals(from, to)) {
			changes.put(field, new Object[] { from, to });
		}
	}

	/** A JSON string, or null. */
	public static String text(String value) {
		return value == null ? "null" : quote(value);
	}

	private static String value(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		return quote(value.toString());
	}

	private static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
