package org.bookingfleet.booking.bookings.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bookingfleet.booking.bookings.internal.web.BookingFixtures;
import org.bookingfleet.booking.bookings.internal.web.BookingJourney;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A sweep of more unpaid bookings past their payment window than a stream of rows is read
 * ahead expires them: the overdue ids are read whole before the bookings are changed on
 * the same connection (the sweep used to wait for itself, its transaction open, for
 * good).
 */
@FleetIntegrationTest(properties = "booking.sweep-interval=1h")
@AutoConfigureWebTestClient
class DeadlineSweepIntegrationTest {

	static final int UNPAID = 80;

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	DeadlineSweep sweep;

	@Test
	void aSweepOfDozensOfUnpaidBookingsExpiresEveryOne() throws Exception {
		BookingJourney journey = new BookingJourney(web, fixtures);
		BookingJourney.Booked booked = journey.request(Duration.ofDays(3), 7_500, 0,
				fixtures.customer("unpaid-" + UUID.randomUUID()));
		journey.reserve(booked);
		journey.awaitStatus(booked, "AWAITING_PAYMENT");
		UUID id = booked.id();
		// the one booking and copies of it, all past their payment window
		fixtures.execute("""
				insert into booking select (jsonb_populate_record(b, jsonb_build_object('id', gen_random_uuid(),
				    'hold_id', gen_random_uuid()))).* from booking b, generate_series(2, %d) where b.id = :id
				""".formatted(UNPAID), id);
		fixtures.execute("update booking set pay_by = now() - interval '1 second' where customer_id = "
				+ "(select customer_id from booking where id = :id)", id);

		for (int round = 0; round < 5 && expired(id) < UNPAID; round++) {
			sweep.sweep().toFuture().get(30, TimeUnit.SECONDS);
		}

		assertThat(expired(id)).isEqualTo(UNPAID);
	}

	private long expired(UUID id) {
		return fixtures.count("select count(*) from booking where status = 'EXPIRED' and customer_id = "
				+ "(select customer_id from booking where id = :id)", id);
	}

}
