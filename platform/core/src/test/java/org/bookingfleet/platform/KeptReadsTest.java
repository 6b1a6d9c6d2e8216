package org.bookingfleet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Reads kept in memory: values and absences are read once, failures every time, a
 * forgotten key is read again, concurrent readers share one lookup, and the lookup never
 * runs in a caller's context (its transaction).
 */
class KeptReadsTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final AtomicInteger lookups = new AtomicInteger();

	private final KeptReads<String, String> kept = new KeptReads<>(Duration.ofMinutes(1), 100);

	@Test
	void aValueAndAnAbsenceAreReadOnceUntilForgotten() {
		assertThat(read("barber-corte", Mono.just("corte"))).contains("corte");
		assertThat(read("barber-corte", Mono.just("changed"))).contains("corte");
		assertThat(read("retired", Mono.empty())).isEmpty();
		assertThat(read("retired", Mono.just("back"))).isEmpty();
		assertThat(lookups).hasValue(2);

		kept.forget("barber-corte");
		kept.forgetIf(key -> key.startsWith("ret"));

		assertThat(read("barber-corte", Mono.just("changed"))).contains("changed");
		assertThat(read("retired", Mono.just("back"))).contains("back");
		assertThat(lookups).hasValue(4);
	}

	@Test
	void aFailureIsNotKept() {
		assertThatThrownBy(() -> read("notary-loan", Mono.error(new IllegalStateException("database down"))))
			.hasMessageContaining("database down");
		assertThat(read("notary-loan", Mono.just("loan"))).contains("loan");
		assertThat(lookups).hasValue(2);
	}

	@Test
	void readersAskingAtOnceShareOneLookup() {
		Sinks.One<String> answer = Sinks.one();
		List<Mono<String>> readers = Flux.range(0, 50).map(reader -> kept.get("course", key -> Mono.defer(() -> {
			lookups.incrementAndGet();
			return answer.asMono();
		}))).collectList().block(WAIT);
		Mono<List<String>> all = Flux.merge(readers).subscribeOn(Schedulers.parallel()).collectList();

		Mono.delay(Duration.ofMillis(20)).subscribe(tick -> answer.tryEmitValue("course"));

		assertThat(all.block(WAIT)).hasSize(50).containsOnly("course");
		assertThat(lookups).hasValue(1);
	}

	@Test
	void theLookupDoesNotSeeTheCallersContext() {
		String seen = kept
			.get("hourly", key -> Mono.deferContextual(context -> Mono.just(context.getOrDefault("tx", "none"))))
			.contextWrite(context -> context.put("tx", "caller's transaction"))
			.block(WAIT);

		assertThat(seen).isEqualTo("none");
	}

	@Test
	void withoutATimeToLiveEveryReadLooksUp() {
		KeptReads<String, String> never = new KeptReads<>(Duration.ZERO, 100);
		never.get("a", key -> counted(Mono.just("1"))).block(WAIT);
		never.get("a", key -> counted(Mono.just("2"))).block(WAIT);

		assertThat(lookups).hasValue(2);
	}

	@Test
	void reachingTheMostKeysForgetsThemAll() {
		KeptReads<Integer, Integer> small = new KeptReads<>(Duration.ofMinutes(1), 3);
		for (int key = 0; key < 4; key++) {
			small.get(key, value -> counted(Mono.just(value))).block(WAIT);
		}
		small.get(0, value -> counted(Mono.just(value))).block(WAIT);

		assertThat(lookups).hasValue(5);
	}

	private Optional<String> read(String key, Mono<String> lookup) {
		return kept.get(key, any -> counted(lookup)).blockOptional(WAIT);
	}

	private <T> Mono<T> counted(Mono<T> lookup) {
		return Mono.defer(() -> {
			lookups.incrementAndGet();
			return lookup;
		});
	}

}
