package org.bookingfleet.pricing.promo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.platform.kafka.EventPublisher;
import org.bookingfleet.platform.kafka.OutgoingRecord;
import org.bookingfleet.pricing.promo.internal.store.PromoRedemptions.Outcome;
import org.bookingfleet.pricing.promo.internal.store.PromoRedemptions;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

@FleetIntegrationTest
class PromoRedemptionIntegrationTest {

	@Autowired
	PromoRedemptions redemptions;

	@Autowired
	DatabaseClient database;

	@Autowired
	EventCodec codec;

	@Autowired
	EventPublisher publisher;

	@Test
	void twoHundredConcurrentConfirmationsAgainstALimitOfFiftyRedeemExactlyFifty() {
		String code = newCode(50, null);

		List<Outcome> outcomes = Flux.range(0, 200)
			.flatMap(i -> redemptions.redeem(UUID.randomUUID(), code, "customer-" + i + "@example.com"), 200)
			.collectList()
			.toFuture()
			.join();

		assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.REDEEMED).hasSize(50);
		assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.LIMIT_REACHED).hasSize(150);
		assertThat(count("select redeemed_total from promo_code where code = '" + code + "'")).isEqualTo(50);
		assertThat(count("select count(*) from promo_redemption where outcome = 'REDEEMED' and code = '" + code + "'"))
			.isEqualTo(50);
	}

	@Test
	void oneCustomerConfirmingTwentyBookingsAtOnceRedeemsTheirLimitOnly() {
		String code = newCode(null, 2L);

		List<Outcome> outcomes = Flux.range(0, 20)
			.flatMap(i -> redemptions.redeem(UUID.randomUUID(), code,
					i % 2 == 0 ? "Ann@Example.com" : "ann@example.com "), 20)
			.collectList()
			.toFuture()
			.join();

		assertThat(outcomes).filteredOn(outcome -> outcome == Outcome.REDEEMED).hasSize(2);
		assertThat(count("select redeemed from promo_customer_usage where code = '" + code + "'")).isEqualTo(2);
	}

	@Test
	void theSameBookingIsCountedOnce() {
		String code = newCode(10, null);
		UUID booking = UUID.randomUUID();

		Outcome first = redemptions.redeem(booking, code, "bo@example.com").toFuture().join();
		Outcome second = redemptions.redeem(booking, code, "bo@example.com").toFuture().join();

		assertThat(first).isEqualTo(Outcome.REDEEMED);
		assertThat(second).isEqualTo(Outcome.ALREADY_COUNTED);
		assertThat(count("select redeemed_total from promo_code where code = '" + code + "'")).isEqualTo(1);
	}

	@Test
	void bookingConfirmedDeliveredTwiceRedeemsItsPromoCodeOnce() {
		String code = newCode(10, null);
		UUID booking = UUID.randomUUID();
		EventEnvelope confirmed = codec.envelope(confirmation(booking, code.toLowerCase()), booking.toString(), 3);
		OutgoingRecord record = new OutgoingRecord(Topics.BOOKING, booking.toString(), EventCodec.write(confirmed),
				Map.of(), null);

		publisher.publish(List.of(record, record)).toFuture().join();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					count("select count(*) from promo_redemption where booking_id = '" + booking + "'"))
				.isEqualTo(1));
		assertThat(count("select redeemed_total from promo_code where code = '" + code + "'")).isEqualTo(1);
	}

	@Test
	void aConfirmationWithoutPromoCodeIsPassedOverWithoutATransaction() {
		String code = newCode(10, null);
		UUID withoutCode = UUID.randomUUID();
		UUID withCode = UUID.randomUUID();
		String key = UUID.randomUUID().toString();
		EventEnvelope plain = codec.envelope(confirmation(withoutCode, null), withoutCode.toString(), 3);
		EventEnvelope promoted = codec.envelope(confirmation(withCode, code), withCode.toString(), 3);

		// one key: one lane, applied in this order, so the second's redemption means the
		// first was handled
		publisher
			.publish(List.of(new OutgoingRecord(Topics.BOOKING, key, EventCodec.write(plain), Map.of(), null),
					new OutgoingRecord(Topics.BOOKING, key, EventCodec.write(promoted), Map.of(), null)))
			.toFuture()
			.join();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					count("select count(*) from promo_redemption where booking_id = '" + withCode + "'"))
				.isEqualTo(1));
		assertThat(count("select count(*) from consumed_event where event_id = '" + promoted.id() + "'")).isEqualTo(1);
		assertThat(count("select count(*) from consumed_event where event_id = '" + plain.id() + "'")).isZero();
		assertThat(count("select count(*) from promo_redemption where booking_id = '" + withoutCode + "'")).isZero();
	}

	private static BookingConfirmed confirmation(UUID booking, String promoCode) {
		Instant start = Instant.parse("2030-01-01T10:00:00Z");
		return new BookingConfirmed(booking, "hmnp-ron-oath", "RON Oath/Affirmation", "RON", 7L, start,
				start.plusSeconds(1800), "America/Chicago",
				new Customer("Ann", "ann@example.com", null, "en", List.of("EMAIL")), List.of(), null, promoCode,
				new PriceSnapshot("q-1", "USD", 3_289, 0, 250, List.of()));
	}

	private String newCode(Integer totalLimit, Long perCustomerLimit) {
		String code = "LOAD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		database
			.sql("insert into promo_code (code, discount_kind, discount_percent, valid_from, valid_until, "
					+ "total_limit, per_customer_limit, revision) values (:code, 'PERCENT', 10, "
					+ "'2020-01-01T00:00:00Z', '2100-01-01T00:00:00Z', :total, :perCustomer, 1)")
			.bind("code", code)
			.bind("total",
					io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.BIGINT,
							totalLimit == null ? null : totalLimit.longValue()))
			.bind("perCustomer", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.BIGINT, perCustomerLimit))
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();
		return code;
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().toFuture().join();
	}

}
