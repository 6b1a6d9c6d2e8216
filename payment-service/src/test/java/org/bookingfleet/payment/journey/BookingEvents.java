package org.bookingfleet.payment.journey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;

/** Publishes booking events to the real broker, as the booking service does. */
final class BookingEvents {

	private final EventCodec codec;

	private final EventPublisher publisher;

	BookingEvents(EventCodec codec, EventPublisher publisher) {
		this.codec = codec;
		this.publisher = publisher;
	}

	static BookingAwaitingPayment awaitingPayment(UUID bookingId) {
		PriceSnapshot price = new PriceSnapshot("q-" + bookingId, "USD", 10_825, 10_825, 825,
				List.of(new PriceSnapshot.Line("BASE", "Mobile notary visit", 10_000, "base price"),
						new PriceSnapshot.Line("TAX", "Texas sales tax 8.25%", 825, "TX 8.25%")));
		return new BookingAwaitingPayment(bookingId, "mobile-notary", 7, 10_825, "USD", Instant.now().plusSeconds(1800),
				new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")), price,
				PaymentFixtures.CUSTOMER, null);
	}

	void publish(Object event, UUID bookingId) {
		EventEnvelope envelope = codec.envelope(event, bookingId.toString(), 1);
		publisher
			.publish(new OutgoingRecord(Topics.BOOKING, bookingId.toString(), EventCodec.write(envelope), Map.of(),
					null))
			.toFuture()
			.join();
	}

	static BookingExpired expired(UUID bookingId) {
		return new BookingExpired(bookingId, "mobile-notary", 7, Instant.now().plusSeconds(86_400),
				Instant.now().plusSeconds(90_000));
	}

	static BookingCancelled cancelled(UUID bookingId, long refundCents) {
		return new BookingCancelled(bookingId, "mobile-notary", 7, Instant.now().plusSeconds(86_400),
				Instant.now().plusSeconds(90_000), refundCents, "USD", "customer asked", "customer");
	}

}
