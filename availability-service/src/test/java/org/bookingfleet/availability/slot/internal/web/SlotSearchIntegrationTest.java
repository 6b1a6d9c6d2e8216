package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.Scenery;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class SlotSearchIntegrationTest extends AvailabilityIntegration {

	@Test
	void anyProviderSearchLeavesOutOnlyTheProviderWhoseSlotIsHeld() {
		String service = scenery.service(60, 0, 0, 1);
		long first = scenery.provider(service);
		long second = scenery.provider(service);
		Instant ten = Scenery.nextMondayAt("10:00");
		assertThat(client.hold(service, first, ten, 1).toFuture().join().status()).isEqualTo(201);

		List<Map<String, Object>> slots = slots(client
			.get("/api/v2/availability?serviceId={s}&from={f}&to={t}&tz=Europe/London", service, ten.toString(),
					ten.plusSeconds(60).toString())
			.toFuture()
			.join()
			.body());

		assertThat(slots).singleElement().satisfies(slot -> {
			assertThat(((Number) slot.get("providerId")).longValue()).isEqualTo(second);
			assertThat(slot.get("start")).isEqualTo(ten.toString());
			assertThat(slot.get("timeZone")).isEqualTo("Europe/London");
			assertThat(Instant.from(java.time.OffsetDateTime.parse((String) slot.get("localStart")))).isEqualTo(ten);
		});
	}

	/**
	 * Every caller gets the same search, so a shared cache (the gateway) may keep it for
	 * 2 s and a browser not at all; a refused search is kept by nobody.
	 */
	@Test
	void aSearchIsMarkedForASharedCacheBrieflyAndARefusalIsNot() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant ten = Scenery.nextMondayAt("10:00");

		for (String uri : new String[] { "/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}",
				"/api/v2/availability/days?serviceId={s}&providerId={p}&month=" + ten.toString().substring(0, 7) }) {
			assertThat(statusAndCacheControl(uri, service, provider, ten.toString(), ten.plusSeconds(3600).toString()))
				.as(uri)
				.isEqualTo("200 max-age=0, public, s-maxage=2");
		}
		assertThat(statusAndCacheControl("/api/v2/availability?serviceId={s}&from=yesterday", service))
			.startsWith("400")
			.doesNotContain("public");
	}

	private String statusAndCacheControl(String uri, Object... variables) {
		return client.web()
			.get()
			.uri(uri, variables)
			.exchangeToMono(response -> Mono
				.just(response.statusCode().value() + " " + response.headers().asHttpHeaders().getCacheControl()))
			.toFuture()
			.join();
	}

	@Test
	void aHoldBlocksTheSlotsItsBuffersReach() {
		String buffered = scenery.service(60, 30, 30, 1);
		long provider = scenery.provider(buffered);
		Instant noon = Scenery.nextMondayAt("12:00");
		assertThat(client.hold(buffered, provider, noon, 1).toFuture().join().status()).isEqualTo(201);

		List<Map<String, Object>> slots = slots(client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}", buffered, provider,
					noon.minus(Duration.ofHours(3)).toString(), noon.plus(Duration.ofHours(3)).toString())
			.toFuture()
			.join()
			.body());

		assertThat(slots).extracting(slot -> Instant.parse((String) slot.get("start")))
			.allSatisfy(start -> assertThat(
					start.isAfter(noon.minus(Duration.ofHours(2))) && start.isBefore(noon.plus(Duration.ofHours(2))))
				.isFalse())
			.contains(noon.minus(Duration.ofHours(2)), noon.plus(Duration.ofHours(2)));
	}

	@Test
	void expiredHoldsAreSweptAndAnnouncedAsReleased() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant ten = Scenery.nextMondayAt("10:00");
		assertThat(client.hold(service, provider, ten, 1).toFuture().join().status()).isEqualTo(201);
		database.sql("update reservation set expires_at = now() - interval '1 second' where provider_id = :p")
			.bind("p", provider)
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(scenery
				.count("select count(*) from outbox_event where event_type = 'SlotReleased' and event_key = '"
						+ provider + "'"))
				.isEqualTo(1));
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isZero();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> slots(Map<String, Object> body) {
		return (List<Map<String, Object>>) body.get("slots");
	}

}
