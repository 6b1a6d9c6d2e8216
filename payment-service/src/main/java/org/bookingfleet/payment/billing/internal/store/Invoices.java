package org.bookingfleet.payment.billing.internal.store;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.bookingfleet.payment.billing.invoice.DocumentKind;
import org.bookingfleet.payment.billing.invoice.DocumentNumber;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class Invoices {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Built once, which resolves the (de)serializers up front: resolving them on first
	 * use takes a lock, and requests arriving together would wait for it on event-loop
	 * threads.
	 */
	private static final ObjectReader READER = JSON.readerFor(InvoiceDocument.class);

	private static final ObjectWriter WRITER = JSON.writerFor(InvoiceDocument.class);

	private final DatabaseClient database;

	public Invoices(DatabaseClient database) {
		this.database = database;
	}

	public Mono<InvoiceDocument> insert(InvoiceDocument document, String refundRef) {
		DocumentNumber number = DocumentNumber.parse(document.number()).orElseThrow();
		return database
			.sql("insert into invoice (number, series, kind, year, sequence, booking_id, payment_id, refund_ref, "
					+ "issued_at, currency, total_cents, content, one_per_booking) values (:number, :series, :kind, "
					+ ":year, :sequence, :booking, :payment, :refund, :issuedAt, :currency, :total, :content, "
					+ ":onePerBooking)")
			.bind("number", document.number())
			.bind("series", number.series())
			.bind("onePerBooking", document.kind() == DocumentKind.INVOICE)
			.bind("kind", document.kind().name())
			.bind("year", number.year())
			.bind("sequence", number.sequence())
			.bind("booking", document.bookingId())
			.bind("payment", document.paymentId())
			.bind("refund", Parameter.fromOrEmpty(refundRef, String.class))
			.bind("issuedAt", document.issuedAt())
			.bind("currency", document.currency())
			.bind("total", document.totalCents())
			.bind("content", Json.of(WRITER.writeValueAsString(document)))
			.fetch()
			.rowsUpdated()
			.thenReturn(document);
	}

	/**
	 * Stores the invoice as it now reads (a payment recorded against it); its number,
	 * booking and total stay.
	 */
	public Mono<InvoiceDocument> update(InvoiceDocument document) {
		return database.sql("update invoice set content = :content where number = :number and kind = :kind")
			.bind("content", Json.of(WRITER.writeValueAsString(document)))
			.bind("number", document.number())
			.bind("kind", DocumentKind.INVOICE.name())
			.fetch()
			.rowsUpdated()
			.thenReturn(document);
	}

	/**
	 * The booking's invoice: the one its first payment issued (the earliest, for bookings
	 * invoiced once per payment before).
	 */
	public Mono<InvoiceDocument> invoiceOfBooking(UUID bookingId) {
		return database
			.sql("select content from invoice where booking_id = :booking and kind = :kind "
					+ "order by one_per_booking desc, issued_at, number limit 1")
			.bind("booking", bookingId)
			.bind("kind", DocumentKind.INVOICE.name())
			.map(row -> read(row.get("content", Json.class)))
			.one();
	}

	public Mono<InvoiceDocument> byNumber(String number) {
		return database.sql("select content from invoice where number = :number")
			.bind("number", number)
			.map(row -> read(row.get("content", Json.class)))
			.one();
	}

	public Mono<InvoiceDocument> invoiceOfPayment(UUID paymentId) {
		return database.sql("select content from invoice where payment_id = :payment and kind = :kind")
			.bind("payment", paymentId)
			.bind("kind", DocumentKind.INVOICE.name())
			.map(row -> read(row.get("content", Json.class)))
			.one();
	}

	/** The credit note issued for this refund of the payment, if one was. */
	public Mono<InvoiceDocument> creditNoteOf(UUID paymentId, String refundRef) {
		return database
			.sql("select content from invoice where payment_id = :payment and refund_ref = :refund and kind = :kind "
					+ "order by issued_at limit 1")
			.bind("payment", paymentId)
			.bind("refund", refundRef)
			.bind("kind", DocumentKind.CREDIT_NOTE.name())
			.map(row -> read(row.get("content", Json.class)))
			.one();
	}

	private static InvoiceDocument read(Json content) {
		return READER.readValue(content.asString());
	}

}
