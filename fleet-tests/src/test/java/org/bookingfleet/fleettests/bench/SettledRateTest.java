package org.bookingfleet.fleettests.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

class SettledRateTest {

	@Test
	void wrksFiguresAreRead() {
		String output = """
				Running 5s test @ http://localhost:8080/api/v2/services
				  2 threads and 8 connections
				  Latency Distribution
				     50%  812.00us
				     75%    1.20ms
				  15123 requests in 5.00s, 3.1MB read
				  Socket errors: connect 0, read 2, write 0, timeout 1
				  Non-2xx or 3xx responses: 4
				Requests/sec:   3024.60
				""";

		Wrk.Window window = Wrk.parse(output);

		assertThat(window.perSecond()).isEqualTo(3024.60);
		assertThat(window.p50Millis()).isEqualTo(0.812);
		assertThat(window.failures()).isEqualTo(7);
	}

	@Test
	void aRateCountsOnceTwoWindowsInARowAgreeWithinTenPercent() {
		Iterator<Wrk.Window> warming = List
			.of(window(2400), window(2500), window(3500), window(4800), window(5000), window(5100), window(5200))
			.iterator();

		SettledRate.Settled settled = SettledRate.measure(warming::next, 10);

		assertThat(settled.settled()).isTrue();
		assertThat(settled.windows()).isEqualTo(SettledRate.LEAST_WINDOWS);
		assertThat(settled.window().perSecond()).isEqualTo(5100);
	}

	@Test
	void aRateThatNeverSettlesSaysSo() {
		Iterator<Wrk.Window> swinging = List.of(window(1000), window(2000), window(1000)).iterator();

		SettledRate.Settled settled = SettledRate.measure(swinging::next, 3);

		assertThat(settled.settled()).isFalse();
		assertThat(settled.windows()).isEqualTo(3);
	}

	private static Wrk.Window window(double perSecond) {
		return new Wrk.Window(perSecond, 1.0, 0);
	}

}
