package org.bookingfleet.fleettests.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Customers who act at the same moment: one thread each, all released together, each
 * answer kept in its customer's place. The race is bounded: a customer who has no answer
 * within the limit fails the test.
 */
final class Race {

	private static final Duration LIMIT = Duration.ofSeconds(90);

	private Race() {
	}

	static <T> List<T> of(int customers, IntFunction<T> customer) {
		ExecutorService threads = Executors.newFixedThreadPool(customers);
		CountDownLatch ready = new CountDownLatch(customers);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<T>> answers = new ArrayList<>();
			for (int i = 0; i < customers; i++) {
				int number = i;
				answers.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return customer.apply(number);
				}));
			}
			ready.await(LIMIT.toSeconds(), TimeUnit.SECONDS);
			go.countDown();
			long deadline = System.nanoTime() + LIMIT.toNanos();
			List<T> results = new ArrayList<>();
			for (Future<T> answer : answers) {
				results.add(answer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
			}
			return results;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("a customer of the race had no answer within " + LIMIT, e);
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException("a customer of the race failed: " + e.getCause(), e.getCause());
		}
		finally {
			threads.shutdownNow();
		}
	}

}
