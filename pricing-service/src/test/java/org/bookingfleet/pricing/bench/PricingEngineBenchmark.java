package org.bookingfleet.pricing.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.engine.EnteredPromo;
import org.bookingfleet.pricing.engine.PriceBreakdown;
import org.bookingfleet.pricing.engine.PricingEngine;
import org.bookingfleet.pricing.engine.PricingRequest;
import org.bookingfleet.pricing.engine.PricingResult;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.promo.PromoUsage;
import org.bookingfleet.pricing.quote.Quote;
import org.bookingfleet.pricing.quote.QuoteIssuer;
import org.bookingfleet.pricing.quote.SigningKey;
import org.bookingfleet.pricing.quote.SigningKeys;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Quotes per second of the pricing engine on one thread: the richest demo quote (Standard
 * Notary on a Saturday evening, 20 miles out, with a promo: six lines and a pro-rata
 * tax), priced alone and priced then signed. Prints figures; asserts nothing. Run: mvn -q
 * -f pricing-service/pom.xml test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.bookingfleet.pricing.bench.PricingEngineBenchmark
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PricingEngineBenchmark {

	private final PricingEngine engine = new PricingEngine();

	private final ServiceDefinition notary = DemoCatalog.service("hmnp-standard-notary").orElseThrow();

	private final TaxJurisdiction texas = DemoCatalog.taxJurisdiction("US-TX").orElseThrow();

	private final QuoteIssuer issuer = new QuoteIssuer(
			new QuoteSigner(SigningKeys.only(new SigningKey("bench",
					"a benchmark key of at least 32 bytes".getBytes(StandardCharsets.US_ASCII)))),
			Duration.ofMinutes(15));

	private final Instant now = Instant.parse("2026-12-01T15:00:00Z");

	private final Instant start = Instant.parse("2026-12-06T00:00:00Z");

	private final PricingRequest request = new PricingRequest(start,
			Optional.of(new Coordinates(DemoCatalog.HOUSTON_CENTRE.latitude() + 0.28946,
					DemoCatalog.HOUSTON_CENTRE.longitude())),
			1, Optional.empty(),
			Optional.of(EnteredPromo.of(DemoCatalog.promoCode("WELCOME10").orElseThrow(), PromoUsage.unused())), now);

	@Benchmark
	public PricingResult price() {
		return engine.price(notary, texas, request);
	}

	@Benchmark
	public Quote priceAndSign() {
		PriceBreakdown breakdown = ((PricingResult.Priced) engine.price(notary, texas, request)).breakdown();
		return issuer.issue(UUID.randomUUID().toString(), breakdown, start, 1, notary.duration(), now);
	}

	public static void main(String[] args) throws RunnerException {
		// Under exec:java the test classpath lives in the context class loader; the
		// forked JVM needs it spelled out.
		if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
			System.setProperty("java.class.path",
					Arrays.stream(loader.getURLs()).map(URL::getPath).collect(Collectors.joining(File.pathSeparator)));
		}
		new Runner(new OptionsBuilder().include(PricingEngineBenchmark.class.getName()).build()).run();
	}

}
