package org.bookingfleet.availability.slot.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.bookingfleet.availability.Scenery;
import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A sweep of more expired holds than a stream of rows is read ahead: the released rows
 * are read whole before their announcements are written on the same connection, so the
 * sweep ends (it used to wait for itself, its transaction open, for good).
 */
@FleetIntegrationTest(properties = "availability.holds.sweep-interval=1h")
class ExpiredHoldSweeperIntegrationTest {

	static final int EXPIRED = 300;

	@Autowired
	ExpiredHoldSweeper sweeper;

	@Autowired
	CatalogServices services;

	@Autowired
	Providers providers;

	@Autowired
	DatabaseClient database;

	@Test
	void aSweepOfHundredsOfExpiredHoldsReleasesAndAnnouncesEveryOne() throws Exception {
		Scenery scenery = new Scenery(services, providers, database);
		String service = scenery.service(30, 0, 0, 1);
		long provider = scenery.provider(service);
		database
			.sql("""
					insert into reservation (id, provider_id, service_id, kind, starts_at, ends_at, during, seats, expires_at)
					select gen_random_uuid(), :provider, :service, 'HOLD', s, s + interval '30 minutes',
					       tstzrange(s, s + interval '30 minutes', '[)'), 1, now() - interval '1 minute'
					from generate_series(now() + interval '1 day', now() + interval '1 day' + (:expired - 1) * interval '30 minutes',
					                     interval '30 minutes') s""")
			.bind("provider", provider)
			.bind("service", service)
			.bind("expired", EXPIRED)
			.then()
			.toFuture()
			.join();

		long released = sweeper.sweepOnce().toFuture().get(30, TimeUnit.SECONDS);

		// other tests' expired holds may be swept along
		assertThat(released).isGreaterThanOrEqualTo(EXPIRED);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isZero();
		assertThat(scenery.count(
				"select count(*) from outbox_event where event_type = 'SlotReleased' and convert_from(payload, 'UTF8') like '%"
						+ service + "%'"))
			.isEqualTo(EXPIRED);
	}

}
