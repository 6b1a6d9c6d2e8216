package org.bookingfleet.booking.bookings.internal.web;

import java.io.File;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.quote.SignedQuotes;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Load on {@code POST /api/v2/bookings} at a fixed arrival rate, with the real
 * availability service (started from its jar) booking the holds. Prints the POST's
 * throughput and latency, and the saga's settle time: from the booking's creation to its
 * AWAITING_PAYMENT, both stamped by the service. Not part of the test run; see the module
 * README.
 */
@FleetIntegrationTest
class BookingLoadBenchmark {

	private static final int PROVIDERS = 10;

	private static final int WARM_UP = 10;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	BookingSettings settings;

	@Autowired
	JwtTokens jwt;

	@Autowired
	DatabaseClient database;

	@LocalServerPort
	int port;

	record Posted(int status, long nanos, String bookingId) {
	}

	@Test
	void postBookingsAtAFixedRate() throws Exception {
		String jar = System.getProperty("bench.availability.jar");
		Assumptions.assumeTrue(jar != null, "set -Dbench.availability.jar to the availability service's runnable jar");
		int rate = Integer.getInteger("bench.rate", 20);
		int seconds = Integer.getInteger("bench.seconds", 30);
		int total = rate * seconds;
		try (AvailabilityProcess availability = AvailabilityProcess.start(jar,
				new File("target/bench-availability.log"))) {
			WebClient availabilityApi = WebClient.builder().baseUrl(availability.baseUrl()).build();
			WebClient bookingApi = WebClient.builder()
				.baseUrl("http://localhost:" + port)
				.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1 << 20))
				.build();
			String serviceId = "bench-" + UUID.randomUUID();
			long firstProvider = fixtures.provider() * 1_000;
			publishService(serviceId);
			for (int p = 0; p < PROVIDERS; p++) {
				openAllWeek(availabilityApi, firstProvider + p, serviceId);
			}
			Instant day = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.DAYS);
			List<BookingFixtures.Slot> held = holdAll(availabilityApi, serviceId, firstProvider, day, total + WARM_UP);
			Flux.fromIterable(held.subList(0, WARM_UP))
				.concatMap(slot -> post(bookingApi, slot))
				.blockLast(Duration.ofMinutes(1));
			List<BookingFixtures.Slot> slots = held.subList(WARM_UP, held.size());
			System.out.printf("%n[bench] %d holds taken; posting %d bookings at %d/s%n", held.size(), slots.size(),
					rate);

			long started = System.nanoTime();
			List<Posted> posted = Flux.interval(Duration.ofNanos(1_000_000_000L / rate))
				.take(slots.size())
				.flatMap(i -> post(bookingApi, slots.get(i.intValue())), Integer.MAX_VALUE)
				.collectList()
				.block(Duration.ofMinutes(10));
			double elapsed = (System.nanoTime() - started) / 1e9;
			Thread.sleep(5_000);
			report(posted, elapsed, rate);
		}
	}

	private void publishService(String serviceId) throws InterruptedException {
		UUID subject = UUID.randomUUID();
		fixtures.publish(new ServiceDefined(new ServiceSnapshot(serviceId, "bench", "Benchmark haircut", "IN_STORE", 60,
				1, 0, 0, 0, "UTC", "USD", true)), subject);
		Thread.sleep(3_000);
	}

	private void openAllWeek(WebClient availability, long providerId, String serviceId) {
		Map<DayOfWeek, List<Map<String, String>>> week = new EnumMap<>(DayOfWeek.class);
		Arrays.stream(DayOfWeek.values()).forEach(d -> week.put(d, List.of(Map.of("start", "00:00", "end", "24:00"))));
		availability.put()
			.uri("/api/v2/providers/{id}/schedule", providerId)
			.header(HttpHeaders.AUTHORIZATION,
					"Bearer " + jwt.mint("provider-" + providerId, Set.of(Role.PROVIDER), providerId,
							Duration.ofHours(1)))
			.bodyValue(Map.of("timeZone", "UTC", "weeklyHours", week, "minimumNoticeMinutes", 0, "horizonDays", 120,
					"slotIntervalMinutes", 60, "serviceIds", List.of(serviceId)))
			.retrieve()
			.toBodilessEntity()
			.block(Duration.ofSeconds(30));
	}

	private List<BookingFixtures.Slot> holdAll(WebClient availability, String serviceId, long firstProvider,
			Instant day, int total) {
		return Flux.range(0, total).flatMap(i -> {
			long provider = firstProvider + (i % PROVIDERS);
			Instant start = day.plus(Duration.ofHours(i / PROVIDERS));
			return availability.post()
				.uri("/api/v2/availability/hold")
				.bodyValue(
						Map.of("serviceId", serviceId, "providerId", provider, "start", start.toString(), "seats", 1))
				.retrieve()
				.bodyToMono(JsonNode.class)
				.map(hold -> new BookingFixtures.Slot(serviceId, provider,
						UUID.fromString(hold.get("holdId").stringValue()), start, start.plus(Duration.ofHours(1)), 1,
						hold.path("holdToken").asString(null)));
		}, 16).collectList().block(Duration.ofMinutes(5));
	}

	private Mono<Posted> post(WebClient booking, BookingFixtures.Slot slot) {
		String quote = SignedQuotes.sign(settings.keys().get(0), SignedQuotes.claims("q-" + UUID.randomUUID(),
				slot.serviceId(), slot.start(), 1, null, 3_500, 1_000, Instant.now().plus(Duration.ofMinutes(15))));
		long start = System.nanoTime();
		return booking.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(fixtures.request(slot, quote))
			.exchangeToMono(response -> response.bodyToMono(JsonNode.class)
				.map(body -> new Posted(response.statusCode().value(), System.nanoTime() - start,
						body.has("id") ? body.get("id").stringValue() : null)))
			.onErrorResume(failure -> Mono.just(new Posted(-1, System.nanoTime() - start, null)));
	}

	private void report(List<Posted> posted, double elapsed, int rate) {
		Map<Integer, Long> statuses = posted.stream()
			.collect(Collectors.groupingBy(Posted::status, Collectors.counting()));
		List<Long> latencies = posted.stream().map(Posted::nanos).sorted().toList();
		List<String> ids = posted.stream().map(Posted::bookingId).filter(id -> id != null).toList();
		List<Long> settle = new ArrayList<>(database.sql("""
				select extract(epoch from (b.updated_at - b.created_at)) * 1000 as ms from booking b
				where b.status in ('AWAITING_PAYMENT', 'CONFIRMED') and b.id = any(:ids)
				""")
			.bind("ids", ids.stream().map(UUID::fromString).toArray(UUID[]::new))
			.map(row -> Math.round(row.get("ms", Double.class)))
			.all()
			.collectList()
			.block());
		settle.sort(Long::compare);
		Map<String, Long> byStatus = new ConcurrentHashMap<>();
		database.sql("select status, count(*) as n from booking where id = any(:ids) group by status")
			.bind("ids", ids.stream().map(UUID::fromString).toArray(UUID[]::new))
			.map(row -> Map.entry(row.get("status", String.class), row.get("n", Long.class)))
			.all()
			.doOnNext(entry -> byStatus.put(entry.getKey(), entry.getValue()))
			.blockLast();
		System.out.printf(
				"[bench] POST /api/v2/bookings: %d requests at a fixed %d/s over %.1f s -> %.1f answered/s; statuses %s%n",
				posted.size(), rate, elapsed, posted.size() / elapsed, statuses);
		System.out.printf(
				"[bench] POST latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms (includes waiting up to %s for the saga)%n",
				percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6,
				latencies.get(latencies.size() - 1) / 1e6, settings.settleWait());
		System.out.printf(
				"[bench] saga settle (created -> AWAITING_PAYMENT, availability in the loop): %d settled, p50 %d ms, p99 %d ms;"
						+ " bookings by status %s%n%n",
				settle.size(), percentile(settle, 50), percentile(settle, 99), byStatus);
	}

	private static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
