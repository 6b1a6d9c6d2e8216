package org.bookingfleet.fleettests.invariants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * What must hold across the fleet once it is quiet: no two reservations of a provider
 * overlap, every booking is in a state the saga can leave it in and agrees with the
 * availability service, every live booking owns exactly one booked slot of its own span
 * and no two live bookings of a provider overlap, every booking costs what its quote
 * said, every outbox row was published, and payments, refunds and invoices match. Each
 * check waits for the fleet to settle first.
 */
public final class FleetInvariants {

	private FleetInvariants() {
	}

	public static void hold() {
		hold(Duration.ofSeconds(60));
	}

	public static void hold(Duration settle) {
		await("every outbox row published").atMost(settle)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(FleetInvariants::everyOutboxRowPublished);
		await("every booking settled").atMost(settle)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(FleetInvariants::everyBookingSettled);
		noOverlappingReservations();
		await("bookings and slots agree").atMost(settle)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(FleetInvariants::bookingsAndSlotsAgree);
		await("every live booking owns one booked slot of its span").atMost(settle)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(FleetInvariants::everyLiveBookingOwnsItsSlot);
		BookedSpans.noLiveBookingsOfAProviderOverlap();
		QuotedPrices.everyBookingCostsWhatItsQuoteSaid();
		await("payments and invoices match").atMost(settle)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(FleetInvariants::paymentsAndInvoicesMatch);
	}

	public static void everyOutboxRowPublished() {
		for (String database : FleetDatabases.ALL) {
			assertThat(FleetDatabases.unpublishedOutboxRows(database)).as("unpublished outbox rows of %s", database)
				.isZero();
		}
	}

	public static void noOverlappingReservations() {
		List<List<String>> overlaps = FleetDatabases.rows("availability", """
				select a.provider_id, a.id, b.id from reservation a join reservation b
				  on a.provider_id = b.provider_id and a.id < b.id and a.during && b.during""");
		assertThat(overlaps).as("overlapping reservations (provider, a, b)").isEmpty();
	}

	/**
	 * No booking is left half way: PENDING only while a provider's approval is awaited.
	 */
	public static void everyBookingSettled() {
		List<List<String>> stuck = FleetDatabases.rows("booking", """
				select id, status from booking
				 where status not in ('AWAITING_PAYMENT', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED',
				                      'REJECTED', 'EXPIRED')
				   and not (status = 'PENDING' and approval_required and slot_reserved)""");
		assertThat(stuck).as("bookings not in a settled state (id, status)").isEmpty();
	}

	/** A live booking owns its slot; a dead one owns none. */
	public static void bookingsAndSlotsAgree() {
		List<List<String>> bookings = FleetDatabases.rows("booking",
				"select id::text, status from booking where series_id is null or series_index is not null");
		List<String> reserved = FleetDatabases.rows("availability",
				"select booking_id::text from reservation where booking_id is not null and kind = 'BOOKED'"
						+ " union select booking_id::text from seat_hold where booking_id is not null and kind = 'BOOKED'")
			.stream()
			.map(row -> row.get(0))
			.toList();
		List<String> liveWithoutSlot = bookings.stream()
			.filter(row -> List.of("AWAITING_PAYMENT", "CONFIRMED").contains(row.get(1)))
			.map(row -> row.get(0))
			.filter(id -> !reserved.contains(id))
			.toList();
		List<String> deadWithSlot = bookings.stream()
			.filter(row -> List.of("CANCELLED", "REJECTED", "EXPIRED").contains(row.get(1)))
			.map(row -> row.get(0))
			.filter(reserved::contains)
			.toList();
		assertThat(liveWithoutSlot).as("live bookings without a booked slot").isEmpty();
		assertThat(deadWithSlot).as("cancelled, rejected or expired bookings still holding a slot").isEmpty();
	}

	/**
	 * Exactly one booked slot per live booking, over its own start and end and seating
	 * its party, and no slot or hold owned twice.
	 */
	public static void everyLiveBookingOwnsItsSlot() {
		BookedSpans.everyLiveBookingOwnsOneSlotOfItsSpan();
		BookedSpans.everyLiveBookingsPartyIsSeated();
		BookedSpans.noHoldOwnedTwice();
	}

	public static void paymentsAndInvoicesMatch() {
		// one invoice per booking: every payment the booking took is recorded on it
		assertThat(FleetDatabases.rows("payment", """
				select p.booking_id, sum(p.captured_cents), count(distinct i.number),
				       coalesce(max((i.content ->> 'paidCents')::bigint), 0) from payment p
				  left join invoice i on i.booking_id = p.booking_id and i.kind = 'INVOICE'
				 where p.status = 'SUCCEEDED' group by p.booking_id
				having count(distinct i.number) <> 1
				    or coalesce(max((i.content ->> 'paidCents')::bigint), 0) <> sum(p.captured_cents)"""))
			.as("bookings with succeeded payments without exactly one invoice of all they captured")
			.isEmpty();
		// a booking keeps at most its price in full (a deposit and then its balance, a
		// fee charged after it was paid)
		assertThat(FleetDatabases.rows("payment", """
				select p.booking_id from payment p left join booking_due d on d.booking_id = p.booking_id
				 where p.status = 'SUCCEEDED'
				 group by p.booking_id, d.amount_due_cents, d.price
				having sum(p.captured_cents - p.refunded_cents) > greatest(max(p.amount_cents),
				       coalesce(d.amount_due_cents, 0), coalesce((d.price ->> 'totalCents')::bigint, 0))"""))
			.as("bookings charged more than once")
			.isEmpty();
		assertThat(FleetDatabases.rows("payment", """
				select p.id from payment p
				 where p.refunded_cents <> coalesce((select sum(r.amount_cents) from refund r
				                                      where r.payment_id = p.id and r.status = 'SUCCEEDED'), 0)"""))
			.as("payments whose refunded amount is not the sum of their refunds")
			.isEmpty();
	}

}
