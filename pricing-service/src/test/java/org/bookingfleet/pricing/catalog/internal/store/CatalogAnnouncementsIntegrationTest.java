package org.bookingfleet.pricing.catalog.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

@FleetIntegrationTest
class CatalogAnnouncementsIntegrationTest {

	@Autowired
	CatalogAnnouncements announcements;

	@Autowired
	DatabaseClient database;

	@Test
	void serviceAnnouncedBeforeItsHoursTravelledIsAnnouncedAgainOnceWithThem() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					count("select count(*) from service_definition where announced_revision < revision"))
				.isZero());
		long before = changes("pro-personal-trainer");
		database.sql("update service_definition set announced_snapshot = null where id = 'pro-personal-trainer'")
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();

		announcements.announceAgain().toFuture().join();
		long again = announcements.announceAgain().toFuture().join();

		assertThat(again).isZero();
		assertThat(changes("pro-personal-trainer")).isEqualTo(before + 1);
		String payload = database
			.sql("select convert_from(payload, 'UTF8') from outbox_event where event_type = 'ServiceChanged' "
					+ "and event_key = 'pro-personal-trainer' order by id desc limit 1")
			.map(row -> row.get(0, String.class))
			.one()
			.toFuture()
			.join();
		assertThat(payload).contains("\"bookableFrom\":\"07:00\"", "\"bookableUntil\":\"20:00\"",
				"\"minDurationMinutes\":60", "\"maxDurationMinutes\":120", "\"durationStepMinutes\":30");
	}

	@Test
	void unchangedCatalogIsNotAnnouncedAgain() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					count("select count(*) from service_definition where announced_revision < revision"))
				.isZero());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(count("select count(*) from service_definition where announced_snapshot is null"))
						.isZero());
		long changes = count("select count(*) from outbox_event where event_type = 'ServiceChanged'");

		assertThat(announcements.announceAgain().toFuture().join()).isZero();
		assertThat(count("select count(*) from outbox_event where event_type = 'ServiceChanged'")).isEqualTo(changes);
	}

	private long changes(String serviceId) {
		return database.sql("select count(*) from outbox_event where event_type = 'ServiceChanged' and event_key = :id")
			.bind("id", serviceId)
			.map(row -> row.get(0, Long.class))
			.one()
			.toFuture()
			.join();
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> row.get(0, Long.class)).one().toFuture().join();
	}

}
