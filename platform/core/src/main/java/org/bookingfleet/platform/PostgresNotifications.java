package org.bookingfleet.platform;

import java.time.Duration;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Listens on a PostgreSQL notification channel on a connection of its own, for as long as
 * it is subscribed, and answers each notification's payload (empty when it has none). The
 * connection is opened by the PostgreSQL factory beneath the pool, never taken from the
 * pool: a pooled one would go back to the pool, serve transactions (which hold
 * notifications back until they end) and be closed at the pool's idle time or lifetime,
 * and the wake-ups with it. A connection that closes, for whatever reason, is logged and
 * opened again with a growing pause, which starts short again once a notification came
 * through. A database that is not PostgreSQL never notifies.
 * <p>
 * Each time it has begun to listen (at the start and after listening again) it answers an
 * empty payload first: what was committed before then was not heard, so whoever listens
 * looks for it then, instead of at its next poll.
 */
public final class PostgresNotifications {

	private static final Logger log = LoggerFactory.getLogger(PostgresNotifications.class);

	private PostgresNotifications() {
	}

	public static Flux<String> listen(ConnectionFactory connectionFactory, String channel) {
		PostgresqlConnectionFactory postgres = beneath(connectionFactory, PostgresqlConnectionFactory.class);
		if (postgres == null) {
			return Flux.never();
		}
		return Flux
			.usingWhen(postgres.create(), connection -> notifications(connection, channel), PostgresqlConnection::close)
			.doOnError(lost -> log.warn("no longer listening on {} ({}); listening again, polls meanwhile", channel,
					lost.toString()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500))
				.maxBackoff(Duration.ofSeconds(10))
				.transientErrors(true));
	}

	/**
	 * An empty payload once the connection listens, then its notifications on the channel
	 * until it closes, which ends them with an error, so that the listener listens again.
	 */
	private static Flux<String> notifications(PostgresqlConnection connection, String channel) {
		Flux<String> heard = connection.getNotifications()
			.map(notification -> notification.getParameter() == null ? "" : notification.getParameter());
		return connection.createStatement("LISTEN " + channel)
			.execute()
			.flatMap(result -> result.getRowsUpdated())
			.thenMany(Flux.just("").concatWith(heard))
			.concatWith(
					Mono.error(() -> new IllegalStateException("the connection listening on " + channel + " closed")));
	}

	/**
	 * What the object is or wraps, up to five wrappers deep (a pool wraps its factory),
	 * or null.
	 */
	private static <T> T beneath(Object wrapper, Class<T> type) {
		Object current = wrapper;
		for (int depth = 0; depth < 5 && current != null; depth++) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = (current instanceof Wrapped<?> wrapped) ? wrapped.unwrap() : null;
		}
		return null;
	}

}
