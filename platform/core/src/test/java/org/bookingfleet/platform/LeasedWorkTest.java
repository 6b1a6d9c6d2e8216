package org.bookingfleet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The leased work claims no more than its bulkhead and the caller's room allow, survives
 * an item that fails, and claims again as soon as running items free half its room, when
 * that can find anything.
 */
class LeasedWorkTest {

	private static final Duration HOUR = Duration.ofHours(1);

	@Test
	void oneRoundClaimsAtMostABatchWithTheLeaseAndPerformsEveryItemEvenAfterOneFails() {
		Refunds refunds = new Refunds(List.of("r1", "r2", "r3", "r4", "r5"));
		List<String> sent = new ArrayList<>();
		LeasedWork<String> work = new LeasedWork<>("refunds to send",
				new LeasedWork.Lease(HOUR, Duration.ofMinutes(2), 3, 3), refunds,
				refund -> refund.equals("r2") ? Mono.error(new IllegalStateException("Stripe said no"))
						: Mono.fromRunnable(() -> sent.add(refund)));

		Long performed = work.runDue().block(Duration.ofSeconds(10));

		assertThat(performed).isEqualTo(3);
		assertThat(sent).containsExactlyInAnyOrder("r1", "r3");
		assertThat(refunds.claims).containsExactly(new Claim(3, Duration.ofMinutes(2)));
	}

	@Test
	void noRoomMeansNoClaim() {
		Refunds refunds = new Refunds(List.of("r1"));
		LeasedWork<String> work = new LeasedWork<>("jobs of a partner whose circuit is open",
				new LeasedWork.Lease(HOUR, HOUR, 10, 10), refunds, refund -> Mono.empty(), () -> 0, Flux.empty(),
				refund -> true);

		assertThat(work.runDue().block(Duration.ofSeconds(10))).isZero();
		assertThat(work.runOnce().block(Duration.ofSeconds(10))).isZero();
		assertThat(refunds.claims).isEmpty();
	}

	@Test
	void startedItemsStayWithinTheBulkheadAndEndingHalfOfThemClaimsTheNextAtOnce() throws InterruptedException {
		Refunds refunds = new Refunds(List.of("r1", "r2", "r3", "r4", "r5", "r6"));
		Map<String, Sinks.Empty<Void>> running = new ConcurrentHashMap<>();
		CountDownLatch fiveStarted = new CountDownLatch(5);
		AtomicInteger mostAtOnce = new AtomicInteger();
		Sinks.Many<Boolean> woken = Sinks.many().multicast().directBestEffort();
		LeasedWork<String> work = new LeasedWork<>("refunds to send", new LeasedWork.Lease(HOUR, HOUR, 10, 4), refunds,
				refund -> {
					Sinks.Empty<Void> done = Sinks.empty();
					running.put(refund, done);
					fiveStarted.countDown();
					return done.asMono();
				}, () -> Integer.MAX_VALUE, woken.asFlux(), refund -> false);
		work.start();
		try {
			woken.tryEmitNext(Boolean.TRUE);
			awaitStarted(running, 4);
			mostAtOnce.set(work.inFlight());
			assertThat(refunds.claims).containsExactly(new Claim(4, HOUR));

			running.get("r1").tryEmitEmpty();
			running.get("r2").tryEmitEmpty();
			running.get("r3").tryEmitEmpty();

			assertThat(fiveStarted.await(10, TimeUnit.SECONDS)).as("a claim after half the room freed").isTrue();
			assertThat(mostAtOnce.get()).isEqualTo(4);
			assertThat(refunds.claims.get(1).limit()).isLessThanOrEqualTo(3);
		}
		finally {
			work.stop();
		}
	}

	@Test
	void anEndClaimsAgainOnlyWhenTheLastClaimWasFullOrOthersWaitedForTheItem() throws InterruptedException {
		Refunds jobs = new Refunds(List.of("contact", "email"));
		Map<String, Sinks.Empty<Void>> running = new ConcurrentHashMap<>();
		Sinks.Many<Boolean> woken = Sinks.many().multicast().directBestEffort();
		LeasedWork<String> work = new LeasedWork<>("a partner's jobs", new LeasedWork.Lease(HOUR, HOUR, 10, 4), jobs,
				job -> {
					Sinks.Empty<Void> done = Sinks.empty();
					running.put(job, done);
					return done.asMono();
				}, () -> Integer.MAX_VALUE, woken.asFlux(), "contact"::equals);
		work.start();
		try {
			woken.tryEmitNext(Boolean.TRUE);
			awaitStarted(running, 2);
			jobs.waiting.add("tag");

			running.get("email").tryEmitEmpty();
			assertThat(jobs.claims).as("the claim took less than it asked for, and nothing waited for the email")
				.hasSize(1);

			running.get("contact").tryEmitEmpty();
			awaitStarted(running, 3);
			assertThat(jobs.claims).as("the tag waited for the contact").hasSize(2);
		}
		finally {
			work.stop();
		}
	}

	private static void awaitStarted(Map<String, ?> running, int count) throws InterruptedException {
		CountDownLatch polled = new CountDownLatch(1);
		Flux.interval(Duration.ofMillis(10))
			.filter(tick -> running.size() >= count)
			.next()
			.subscribe(tick -> polled.countDown());
		assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
	}

	record Claim(int limit, Duration lease) {
	}

	/** A queue of refunds in memory, recording each claim. */
	static final class Refunds implements LeasedWork.Queue<String> {

		final ConcurrentLinkedQueue<String> waiting;

		final List<Claim> claims = new java.util.concurrent.CopyOnWriteArrayList<>();

		Refunds(List<String> waiting) {
			this.waiting = new ConcurrentLinkedQueue<>(waiting);
		}

		@Override
		public Flux<String> claimDue(int limit, Duration lease) {
			return Flux.defer(() -> {
				this.claims.add(new Claim(limit, lease));
				List<String> claimed = new ArrayList<>();
				for (int i = 0; i < limit && !this.waiting.isEmpty(); i++) {
					claimed.add(this.waiting.poll());
				}
				return Flux.fromIterable(claimed);
			});
		}

	}

}
