package org.bookingfleet.fleettests.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The booked time as the booking service and the availability service each keep it. A
 * live booking owns exactly one booked reservation or seat hold, over exactly its own
 * start and end; nothing booked is owned twice; and two live bookings of one provider
 * never share a minute unless the service seats a group; the slot seats the whole party.
 * A booking still waiting for its provider's approval is live only once its slot is
 * reserved, as {@link FleetInvariants#everyBookingSettled} allows.
 */
final class BookedSpans {

	/** A booking's or a booked slot's span, in epoch milliseconds. */
	private record Span(long start, long end) {
	}

	private BookedSpans() {
	}

	static void everyLiveBookingOwnsOneSlotOfItsSpan() {
		Map<String, Span> live = new HashMap<>();
		FleetDatabases
			.rows("booking",
					"select id::text, " + millis("starts_at") + ", " + millis("ends_at") + " from booking where "
							+ live(""))
			.forEach(row -> live.put(row.get(0), span(row.get(1), row.get(2))));
		Map<String, List<Span>> owned = FleetDatabases
			.rows("availability",
					"select booking_id::text, " + millis("starts_at") + ", " + millis("ends_at") + " from reservation"
							+ " where booking_id is not null and kind = 'BOOKED'"
							+ " union all select h.booking_id::text, " + millis("s.starts_at") + ", "
							+ millis("s.ends_at") + " from seat_hold h join seat_session s on s.id = h.session_id"
							+ " where h.booking_id is not null and h.kind = 'BOOKED'")
			.stream()
			.collect(Collectors.groupingBy(row -> row.get(0),
					Collectors.mapping(row -> span(row.get(1), row.get(2)), Collectors.toList())));
		List<String> notOwningOne = live.keySet()
			.stream()
			.filter(id -> owned.getOrDefault(id, List.of()).size() != 1)
			.map(id -> id + " owns " + owned.getOrDefault(id, List.of()))
			.sorted()
			.toList();
		List<String> otherSpan = live.entrySet()
			.stream()
			.filter(entry -> owned.getOrDefault(entry.getKey(), List.of()).size() == 1
					&& !owned.get(entry.getKey()).get(0).equals(entry.getValue()))
			.map(entry -> entry.getKey() + " is " + entry.getValue() + ", its slot " + owned.get(entry.getKey()))
			.sorted()
			.toList();
		assertThat(notOwningOne).as("live bookings not owning exactly one booked slot").isEmpty();
		assertThat(otherSpan).as("live bookings whose booked slot is not their own start and end").isEmpty();
	}

	/**
	 * A live booking's booked slot seats its whole party: a party that grew took its new
	 * seats with its new slot.
	 */
	static void everyLiveBookingsPartyIsSeated() {
		Map<String, Integer> party = new HashMap<>();
		FleetDatabases.rows("booking", "select id::text, seats from booking where " + live(""))
			.forEach(row -> party.put(row.get(0), Integer.parseInt(row.get(1))));
		Map<String, Integer> seated = new HashMap<>();
		FleetDatabases.rows("availability", "select booking_id::text, seats from reservation"
				+ " where booking_id is not null and kind = 'BOOKED'"
				+ " union all select booking_id::text, seats from seat_hold where booking_id is not null and kind = 'BOOKED'")
			.forEach(row -> seated.merge(row.get(0), Integer.parseInt(row.get(1)), Integer::sum));
		List<String> unseated = party.entrySet()
			.stream()
			.filter(entry -> seated.containsKey(entry.getKey()) && seated.get(entry.getKey()) < entry.getValue())
			.map(entry -> entry.getKey() + " is for " + entry.getValue() + ", its slot seats "
					+ seated.get(entry.getKey()))
			.sorted()
			.toList();
		assertThat(unseated).as("live bookings whose booked slot seats fewer than their party").isEmpty();
	}

	static void noHoldOwnedTwice() {
		assertThat(FleetDatabases.rows("booking",
				"select hold_id::text, count(*) from booking where " + live("")
						+ " group by hold_id having count(*) > 1"))
			.as("holds that two live bookings stand on (hold, bookings)")
			.isEmpty();
		assertThat(FleetDatabases.rows("availability", """
				select booking_id::text, count(*) from (
				    select booking_id from reservation where booking_id is not null and kind = 'BOOKED'
				    union all select booking_id from seat_hold where booking_id is not null and kind = 'BOOKED') owned
				 group by booking_id having count(*) > 1"""))
			.as("bookings owning more than one booked slot (booking, slots)")
			.isEmpty();
	}

	static void noLiveBookingsOfAProviderOverlap() {
		Set<String> seated = FleetDatabases.rows("availability", "select id from catalog_service where capacity > 1")
			.stream()
			.map(row -> row.get(0))
			.collect(Collectors.toSet());
		List<List<String>> overlaps = FleetDatabases
			.rows("booking",
					"select a.provider_id::text, a.service_id,"
							+ " a.id::text, b.id::text from booking a join booking b on a.provider_id = b.provider_id"
							+ " and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at" + " where "
							+ live("a.") + " and " + live("b."))
			.stream()
			.filter(row -> !seated.contains(row.get(1)))
			.toList();
		assertThat(overlaps).as("overlapping live bookings of one provider (provider, service, a, b)").isEmpty();
	}

	/**
	 * The condition of a live booking, on the booking table named by {@code alias} ("" or
	 * "a.").
	 */
	private static String live(String alias) {
		return "(" + alias + "status in ('AWAITING_PAYMENT', 'CONFIRMED') or (" + alias + "status = 'PENDING' and "
				+ alias + "slot_reserved)) and (" + alias + "series_id is null or " + alias
				+ "series_index is not null)";
	}

	private static String millis(String column) {
		return "(extract(epoch from " + column + ") * 1000)::bigint";
	}

	private static Span span(String start, String end) {
		return new Span(Long.parseLong(start), Long.parseLong(end));
	}

}
