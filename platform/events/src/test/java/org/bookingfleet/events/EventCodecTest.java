package org.bookingfleet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.BookingRejected;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.junit.jupiter.api.Test;

class EventCodecTest {

	final EventCodec codec = new EventCodec("booking-service",
			Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC));

	@Test
	void envelopeRoundTripsAsCloudEventsJson() {
		BookingRequested requested = new BookingRequested(UUID.randomUUID(), UUID.randomUUID(), "hmnp-standard-notary",
				42L, Instant.parse("2026-12-07T15:00:00Z"), Instant.parse("2026-12-07T16:00:00Z"), 1, null);
		EventEnvelope envelope = this.codec.envelope(requested, requested.bookingId().toString(), 1);

		byte[] json = EventCodec.write(envelope);
		EventEnvelope read = EventCodec.read(json);

		assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"specversion\":\"1.0\"")
			.contains("\"type\":\"BookingRequested\"")
			.contains("\"dataversion\":\"1\"");
		assertThat(read.id()).isEqualTo(envelope.id());
		assertThat(read.subject()).isEqualTo(requested.bookingId().toString());
		assertThat(EventCodec.data(read, BookingRequested.class)).isEqualTo(requested);
	}

	@Test
	void consumerIgnoresFieldsItDoesNotKnow() {
		String json = """
				{"specversion":"1.0","id":"%s","type":"SlotReserved","source":"availability-service",
				 "time":"2026-12-05T15:00:00Z","subject":"42","dataversion":"1",
				 "data":{"bookingId":"%s","providerId":42,"serviceId":"s","seats":1,"addedLater":"ignored"}}
				""".formatted(UUID.randomUUID(), UUID.randomUUID());

		SlotReserved reserved = EventCodec.data(EventCodec.read(json.getBytes(StandardCharsets.UTF_8)),
				SlotReserved.class);

		assertThat(reserved.providerId()).isEqualTo(42L);
	}

	@Test
	void aPaymentAnnouncedBeforeItCarriedItsVersionReadsAsVersionZero() {
		UUID bookingId = UUID.randomUUID();
		String json = """
				{"specversion":"1.0","id":"%s","type":"PaymentSucceeded","source":"payment-service",
				 "time":"2026-12-05T15:00:00Z","subject":"%s","dataversion":"1",
				 "data":{"paymentId":"%s","bookingId":"%s","paymentIntentId":"pi_1","amountCents":2500,
				 "currency":"USD","invoiceNumber":null}}
				""".formatted(UUID.randomUUID(), bookingId, UUID.randomUUID(), bookingId);

		PaymentSucceeded paid = EventCodec.data(EventCodec.read(json.getBytes(StandardCharsets.UTF_8)),
				PaymentSucceeded.class);

		assertThat(paid.amountCents()).isEqualTo(2500L);
		assertThat(paid.paymentVersion()).isZero();
		assertThat(EventKeys.aggregateVersionOf(paid)).isZero();
		assertThat(EventKeys.aggregateVersionOf(
				new PaymentSucceeded(UUID.randomUUID(), bookingId, "pi_2", 2500, "USD", "INV-2026-00001", 3L)))
			.isEqualTo(3L);
	}

	@Test
	void aBookingEventWrittenBeforeItCarriedTheBookingsVersionReadsAsVersionZero() {
		UUID bookingId = UUID.randomUUID();
		String json = """
				{"specversion":"1.0","id":"%s","type":"BookingRejected","source":"booking-service",
				 "time":"2026-12-05T15:00:00Z","subject":"%s","dataversion":"1",
				 "data":{"bookingId":"%s","serviceId":"barber-corte","providerId":21,"reason":"SLOT_TAKEN"}}
				""".formatted(UUID.randomUUID(), bookingId, bookingId);

		BookingRejected rejected = EventCodec.data(EventCodec.read(json.getBytes(StandardCharsets.UTF_8)),
				BookingRejected.class);

		assertThat(rejected.reason()).isEqualTo("SLOT_TAKEN");
		assertThat(rejected.bookingVersion()).isZero();
		assertThat(EventKeys.aggregateVersionOf(rejected)).isZero();
	}

	@Test
	void bodyOfAnotherTypeIsRefused() {
		EventEnvelope envelope = this.codec
			.envelope(new BookingRequested(UUID.randomUUID(), null, "s", 1L, null, null, 1, null), "x", 1);

		assertThatThrownBy(() -> EventCodec.data(envelope, SlotReserved.class))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void recordThatIsNotAnEventIsUnreadable() {
		assertThatThrownBy(() -> EventCodec.read("{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(EventCodec.UnreadableEvent.class);
	}

}
