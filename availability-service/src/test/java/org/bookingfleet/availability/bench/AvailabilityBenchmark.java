package org.bookingfleet.availability.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bookingfleet.availability.AvailabilityApplication;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.availability.schedule.internal.store.ScheduleDocument;
import org.bookingfleet.testsupport.RealInfrastructure;
import org.bookingfleet.testsupport.RealPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Throughput and latency of GET /api/v2/availability and POST /api/v2/availability/hold
 * at a fixed rate, the hold throughput at full concurrency against pgbench running the
 * same SQL on the same server, and SSE delivery from the hold request to a stream
 * subscriber. Latencies count from when a request was due, not when it was sent. Prints
 * figures; asserts nothing. Run: mvn -q -f availability-service/pom.xml test-compile
 * exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.bookingfleet.availability.bench.AvailabilityBenchmark
 * [-Dexec.args="200 20"]
 */
public final class AvailabilityBenchmark {

	private static final int PROVIDERS = 40;

	private AvailabilityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AvailabilityApplication.class)
			.initializers(new RealInfrastructure())
			.run("--server.port=0", "--logging.level.root=WARN", "--logging.structured.format.console=")) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			WebClient web = WebClient.builder().baseUrl("http://localhost:" + port).build();
			Scenery scenery = new Scenery(context.getBean(CatalogServices.class), context.getBean(Providers.class),
					context.getBean(DatabaseClient.class));
			String service = scenery.service(15, 0, 0, 1);
			List<Long> providers = new ArrayList<>();
			for (int i = 0; i < PROVIDERS; i++) {
				providers.add(roundTheClock(scenery, service));
			}
			Instant firstDay = Scenery.nextMondayAt("00:00");
			SlotCursor slots = new SlotCursor(providers, firstDay);

			java.util.function.IntFunction<Mono<Integer>> search = i -> web.get()
				.uri("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}&tz=America/Chicago", service,
						providers.get(i % PROVIDERS), firstDay.toString(), firstDay.plus(Duration.ofDays(1)).toString())
				.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
			fixedRate(rate, 5, search);
			fixedRate(rate, 5, i -> hold(web, service, slots.next()));
			System.out.printf("fixed rate %d/s for %d s after a warm-up, %d providers%n", rate, seconds, PROVIDERS);
			report("GET  /availability", fixedRate(rate, seconds, search));
			report("POST /availability/hold", fixedRate(rate, seconds, i -> hold(web, service, slots.next())));

			Run closed = closedLoop(64, seconds, () -> hold(web, service, slots.next()));
			report("POST /availability/hold, 64 at once", closed);
			double ceiling = pgbench(context, seconds);
			System.out.printf("pgbench, same SQL as a hold, 8 clients: %.0f tx/s; hold throughput is %.0f%% of it%n",
					ceiling, 100 * closed.throughput() / ceiling);

			streamLatency(web, service, providers.get(0), slots, rate, seconds);
		}
		System.exit(0);
	}

	record Run(List<Long> latenciesMicros, int failures, double seconds) {

		double throughput() {
			return latenciesMicros.size() / seconds;
		}
	}

	/** Grid starts no hold has taken yet, provider after provider. */
	static final class SlotCursor {

		private final List<Long> providers;

		private final Instant firstDay;

		private final AtomicInteger taken = new AtomicInteger();

		SlotCursor(List<Long> providers, Instant firstDay) {
			this.providers = providers;
			this.firstDay = firstDay;
		}

		Map.Entry<Long, Instant> next() {
			int n = taken.getAndIncrement();
			long provider = providers.get(n % providers.size());
			return Map.entry(provider, firstDay.plus(Duration.ofMinutes(15L * (n / providers.size()))));
		}

	}

	private static long roundTheClock(Scenery scenery, String service) {
		long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
		List<ScheduleDocument.Hours> day = List.of(new ScheduleDocument.Hours("00:00", "24:00"));
		Map<DayOfWeek, List<ScheduleDocument.Hours>> week = new java.util.EnumMap<>(DayOfWeek.class);
		for (DayOfWeek weekday : DayOfWeek.values()) {
			week.put(weekday, day);
		}
		scenery.providers()
			.save(id,
					new ScheduleDocument("America/Chicago", week, Map.of(), List.of(), 0, 700, 15, null,
							List.of(service)))
			.toFuture()
			.join();
		return id;
	}

	private static Mono<Integer> hold(WebClient web, String service, Map.Entry<Long, Instant> slot) {
		return web.post()
			.uri("/api/v2/availability/hold")
			.bodyValue(Map.of("serviceId", service, "providerId", slot.getKey(), "start", slot.getValue().toString(),
					"seats", 1))
			.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()));
	}

	private static Run fixedRate(int rate, int seconds, java.util.function.IntFunction<Mono<Integer>> call) {
		long periodNanos = 1_000_000_000L / rate;
		long begin = System.nanoTime();
		Queue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger failures = new AtomicInteger();
		Flux.interval(Duration.ofNanos(periodNanos)).take((long) rate * seconds).flatMap(i -> {
			long due = begin + i * periodNanos;
			return call.apply(i.intValue()).doOnNext(status -> {
				if (status >= 400) {
					failures.incrementAndGet();
				}
				else {
					latencies.add((System.nanoTime() - due) / 1000);
				}
			}).onErrorResume(error -> {
				failures.incrementAndGet();
				return Mono.empty();
			});
		}, 4096).then().toFuture().join();
		return new Run(new ArrayList<>(latencies), failures.get(), (System.nanoTime() - begin) / 1e9);
	}

	private static Run closedLoop(int concurrency, int seconds, java.util.function.Supplier<Mono<Integer>> call) {
		long begin = System.nanoTime();
		long end = begin + seconds * 1_000_000_000L;
		Queue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger failures = new AtomicInteger();
		Flux.range(0, concurrency).flatMap(worker -> Mono.defer(() -> {
			long sent = System.nanoTime();
			return call.get().doOnNext(status -> {
				if (status >= 400) {
					failures.incrementAndGet();
				}
				else {
					latencies.add((System.nanoTime() - sent) / 1000);
				}
			});
		}).repeat(() -> System.nanoTime() < end).then(), concurrency).then().toFuture().join();
		return new Run(new ArrayList<>(latencies), failures.get(), (System.nanoTime() - begin) / 1e9);
	}

	/**
	 * Runs pgbench on a fresh database of the same schema with the statements one hold
	 * executes.
	 */
	private static double pgbench(ConfigurableApplicationContext context, int seconds)
			throws IOException, InterruptedException {
		RealPostgres postgres = RealPostgres.get();
		String database = postgres.newDatabase("availability_pgbench");
		Flyway.configure()
			.dataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password())
			.locations("classpath:db/migration", "classpath:db/platform")
			.load()
			.migrate();
		Path script = Files.createTempFile("hold", ".sql");
		Files.writeString(script,
				"""
						\\set p random(1, 1000000)
						\\set s random(0, 50000000)
						BEGIN;
						SELECT * FROM catalog_service WHERE id = 'bench' AND active;
						SELECT count(*) FROM provider_service WHERE provider_id = :p AND service_id = 'bench';
						SELECT * FROM provider WHERE id = :p;
						SELECT starts_at, ends_at FROM time_off WHERE provider_id = :p AND ends_at > now() AND starts_at < now() + interval '8 days';
						DELETE FROM reservation WHERE provider_id = :p AND kind = 'HOLD' AND expires_at <= now()
						  AND during && tstzrange(to_timestamp((:s)::bigint * 900), to_timestamp((:s)::bigint * 900 + 900), '[)') RETURNING id;
						INSERT INTO reservation (id, provider_id, service_id, kind, starts_at, ends_at, during, seats, expires_at)
						  VALUES (gen_random_uuid(), :p, 'bench', 'HOLD', to_timestamp((:s)::bigint * 900), to_timestamp((:s)::bigint * 900 + 900),
						  tstzrange(to_timestamp((:s)::bigint * 900), to_timestamp((:s)::bigint * 900 + 900), '[)'), 1, now() + interval '5 minutes')
						  ON CONFLICT DO NOTHING RETURNING id;
						INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload)
						  VALUES (gen_random_uuid(), 'availability.events', :p, 'SlotHeld', '\\x00');
						COMMIT;
						""",
				StandardCharsets.UTF_8);
		ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-n", "-c", "8", "-j", "2", "-T",
				String.valueOf(seconds), "-h", postgres.host(), "-p", String.valueOf(postgres.port()), "-U",
				postgres.user(), "-f", script.toString(), database)
			.redirectErrorStream(true);
		pgbench.environment().put("PGPASSWORD", postgres.password());
		Process process = pgbench.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		if (!tps.find()) {
			System.out.println(output);
			return Double.NaN;
		}
		return Double.parseDouble(tps.group(1));
	}

	private static void streamLatency(WebClient web, String service, long provider, SlotCursor slots, int rate,
			int seconds) {
		Map<String, Long> sentAt = new ConcurrentHashMap<>();
		Queue<Long> latencies = new ConcurrentLinkedQueue<>();
		Disposable subscription = web.get()
			.uri("/api/v2/availability/stream?serviceId={s}", service)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
			})
			.filter(event -> "slot.held".equals(event.event()))
			.subscribe(event -> {
				long arrived = System.nanoTime();
				Object start = event.data().get("start") + "/" + event.data().get("providerId");
				Long sent = sentAt.get(start.toString());
				if (sent != null) {
					latencies.add((arrived - sent) / 1000);
				}
			});
		int perSecond = Math.max(1, rate / 4);
		fixedRate(perSecond, seconds, i -> {
			Map.Entry<Long, Instant> slot = slots.next();
			sentAt.put(slot.getValue() + "/" + slot.getKey(), System.nanoTime());
			return hold(web, service, slot);
		});
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (latencies.size() < sentAt.size() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		subscription.dispose();
		report("SSE slot.held, hold request sent to event received (" + perSecond + "/s)",
				new Run(new ArrayList<>(latencies), sentAt.size() - latencies.size(), seconds));
	}

	private static void report(String name, Run run) {
		List<Long> sorted = new ArrayList<>(run.latenciesMicros());
		Collections.sort(sorted);
		System.out.printf("%-55s %6.0f/s ok, %d failed, p50 %.1f ms, p99 %.1f ms%n", name, run.throughput(),
				run.failures(), percentile(sorted, 50) / 1000.0, percentile(sorted, 99) / 1000.0);
	}

	private static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
