package org.bookingfleet.fleettests.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/** The latencies of one step of a run, in microseconds, and its errors. */
final class Latencies {

    private final AtomicLongArray micros;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();

    Latencies(int capacity) {
        this.micros = new AtomicLongArray(capacity);
    }

    void ok(long latencyMicros) {
        int i = count.getAndIncrement();
        if (i < micros.length()) {
            micros.set(i, latencyMicros);
        }
    }

    void error() {
        errors.incrementAndGet();
    }

    int ok() {
        return Math.min(count.get(), micros.length());
    }

    int errors() {
        return errors.get();
    }

    /** The latency at the quantile (0.5, 0.99, 0.999), in milliseconds; NaN without a sample. */
    double millisAt(double quantile) {
        int n = ok();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = micros.get(i);
        }
        Arrays.sort(sorted);
        int index = (int) Math.min(n - 1, Math.ceil(quantile * n) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
