package org.bookingfleet.fleettests.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads of the booking page, closed loop at c=8 and c=64, each through the gateway
 * and sent straight to the service that answers it, in the same run, so the gateway's
 * cost is a ratio and a difference of medians: the catalog (pricing), one provider's day
 * of availability (kept at the gateway, and asked anew with {@code Cache-Control:
 * no-cache}, so the proxied path is measured too), and a file of the page (the gateway's
 * own, no reference).
 */
final class ReadsThroughTheGateway {

	static final int[] CONNECTIONS = { 8, 64 };

	private ReadsThroughTheGateway() {
	}

	/**
	 * A read: its name, its address at the gateway and, if any, at its service, and a
	 * header sent with each (null: none).
	 */
	record Read(String name, String viaGateway, String direct, String header) {

		Read(String name, String viaGateway, String direct) {
			this(name, viaGateway, direct, null);
		}

	}

	record Compared(Read read, int connections, SettledRate.Settled gateway, SettledRate.Settled direct) {

		double ratio() {
			return (this.direct == null) ? Double.NaN
					: this.gateway.window().perSecond() / this.direct.window().perSecond();
		}

		double addedMillis() {
			return (this.direct == null) ? Double.NaN
					: this.gateway.window().p50Millis() - this.direct.window().p50Millis();
		}

	}

	static List<Compared> measure(List<Read> reads, Duration window, int mostWindows) {
		List<Compared> results = new ArrayList<>();
		for (Read read : reads) {
			for (int connections : CONNECTIONS) {
				SettledRate.Settled direct = (read.direct() == null) ? null : SettledRate
					.measure(() -> Wrk.window(read.direct(), read.header(), connections, window), mostWindows);
				SettledRate.Settled gateway = SettledRate
					.measure(() -> Wrk.window(read.viaGateway(), read.header(), connections, window), mostWindows);
				Compared compared = new Compared(read, connections, gateway, direct);
				System.out.println("  " + line(compared));
				results.add(compared);
			}
		}
		return results;
	}

	static void print(List<Compared> results) {
		System.out.printf("%-24s %4s %11s %9s %11s %9s %7s %9s %8s%n", "read", "c", "gateway/s", "p50 ms", "direct/s",
				"p50 ms", "ratio", "+p50 ms", "failed");
		results.forEach(result -> System.out.println(line(result)));
		System.out.println("(each figure the later of two consecutive " + "windows within "
				+ Math.round(100 * SettledRate.AGREEMENT) + " %; * did not settle)");
	}

	private static String line(Compared r) {
		String direct = (r.direct() == null) ? "%11s %9s".formatted("-", "-") : "%10.0f%s %9.2f".formatted(
				r.direct().window().perSecond(), r.direct().settled() ? " " : "*", r.direct().window().p50Millis());
		long failed = r.gateway().failures() + ((r.direct() == null) ? 0 : r.direct().failures());
		String share = (r.direct() == null) ? "%7s %9s".formatted("-", "-")
				: "%6.0f%% %9.2f".formatted(100 * r.ratio(), r.addedMillis());
		return "%-24s %4d %10.0f%s %9.2f %s %s %8d".formatted(r.read().name(), r.connections(),
				r.gateway().window().perSecond(), r.gateway().settled() ? " " : "*", r.gateway().window().p50Millis(),
				direct, share, failed);
	}

}
