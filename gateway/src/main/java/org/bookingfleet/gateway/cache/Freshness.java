package org.bookingfleet.gateway.cache;

import java.time.Duration;
import java.util.Locale;

/**
 * What a service's {@code Cache-Control} lets a shared cache do with its answer: keep it
 * for everyone ({@code public} with a {@code max-age} or {@code s-maxage}) or not at all
 * ({@code private}, {@code no-store}, {@code no-cache}, no lifetime). The gateway keeps
 * an answer at most {@code ceiling} long, whatever the service allows.
 */
public record Freshness(Duration lifetime) {

	public static final Freshness NONE = new Freshness(Duration.ZERO);

	public boolean allowsKeeping() {
		return !this.lifetime.isZero();
	}

	public static Freshness of(String cacheControl, Duration ceiling) {
		if (cacheControl == null) {
			return NONE;
		}
		boolean shared = false;
		long seconds = -1;
		long sharedSeconds = -1;
		for (String part : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
			String directive = part.trim();
			if (directive.equals("private") || directive.equals("no-store") || directive.equals("no-cache")) {
				return NONE;
			}
			if (directive.equals("public")) {
				shared = true;
			}
			else if (directive.startsWith("max-age=")) {
				seconds = seconds(directive.substring("max-age=".length()));
			}
			else if (directive.startsWith("s-maxage=")) {
				sharedSeconds = seconds(directive.substring("s-maxage=".length()));
			}
		}
		long lifetime = (sharedSeconds >= 0) ? sharedSeconds : seconds;
		if (!shared || lifetime <= 0) {
			return NONE;
		}
		Duration allowed = Duration.ofSeconds(lifetime);
		return new Freshness(allowed.compareTo(ceiling) > 0 ? ceiling : allowed);
	}

	private static long seconds(String value) {
		try {
			return Long.parseLong(value.replace("\"", "").trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
