package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The number of each booking's one invoice, as the payment service named it when a
 * payment the booking took issued it. The first number heard stays: a booking has one
 * invoice, so a later payment names the same one.
 */
@Repository
public class BookingInvoices {

	private final DatabaseClient database;

	public BookingInvoices(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> record(UUID bookingId, String invoiceNumber, Instant at) {
		if (invoiceNumber == null || invoiceNumber.isBlank()) {
			return Mono.empty();
		}
		return database.sql(
				"insert into booking_invoice (booking_id, invoice_number, recorded_at) values (:booking, :number, :at) "
						+ "on conflict (booking_id) do nothing")
			.bind("booking", bookingId)
			.bind("number", invoiceNumber)
			.bind("at", at)
			.then();
	}

	public Mono<String> numberOf(UUID bookingId) {
		return database.sql("select invoice_number from booking_invoice where booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> row.get("invoice_number", String.class))
			.one();
	}

	/** The invoice numbers of those of the bookings that have one. */
	public Mono<Map<UUID, String>> numbersOf(Collection<UUID> bookingIds) {
		if (bookingIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return database.sql("select booking_id, invoice_number from booking_invoice where booking_id = any(:bookings)")
			.bind("bookings", bookingIds.toArray(UUID[]::new))
			.map(row -> Map.entry(row.get("booking_id", UUID.class), row.get("invoice_number", String.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	/** Where the invoice's PDF is read, for its owner or with the booking's token. */
	public static String urlOf(String invoiceNumber) {
		return "/api/v2/invoices/" + invoiceNumber + ".pdf";
	}

}
