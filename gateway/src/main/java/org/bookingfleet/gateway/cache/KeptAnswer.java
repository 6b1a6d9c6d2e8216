package org.bookingfleet.gateway.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A service's public answer as the gateway keeps it: the route it came through, the body,
 * the headers a client needs to keep it in turn (type, ETag, the service's
 * {@code Cache-Control}) and until when it is fresh.
 */
public record KeptAnswer(String route, byte[] body, String contentType, String etag, String cacheControl,
		Instant keptAt, Instant freshUntil) {

	public boolean isFreshAt(Instant now) {
		return now.isBefore(this.freshUntil);
	}

	/** Whether the client's {@code If-None-Match} tags name this answer's ETag. */
	public boolean matches(List<String> ifNoneMatch) {
		if (this.etag == null) {
			return false;
		}
		for (String tag : ifNoneMatch) {
			if (tag.equals("*") || tag.equals(this.etag) || tag.equals("W/" + this.etag)) {
				return true;
			}
		}
		return false;
	}

	/** Seconds since the gateway took it from the service, for the {@code Age} header. */
	public long ageAt(Instant now) {
		return Math.max(0, Duration.between(this.keptAt, now).toSeconds());
	}

}
