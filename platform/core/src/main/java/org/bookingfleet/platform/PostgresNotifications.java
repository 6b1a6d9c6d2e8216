package org.bookingfleet.platform;

import java.time.Duration;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

/**
 * Listens on a PostgreSQL notification channel on a connection of its own, for as long as
 * it is subscribed, and answers each notification's payload (empty when it has none). A
 * lost connection is opened again with a growing pause. A database that is not PostgreSQL
 * never notifies.
 */
public final class PostgresNotifications {

	private PostgresNotifications() {
	}

	public static Flux<String> listen(ConnectionFactory connectionFactory, String channel) {
		return Flux.usingWhen(Flux.from(connectionFactory.create()), connection -> {
			PostgresqlConnection postgres = unwrap(connection);
			if (postgres == null) {
				return Flux.<String>never();
			}
			return postgres.createStatement("LISTEN " + channel)
				.execute()
				.flatMap(result -> result.getRowsUpdated())
				.thenMany(postgres.getNotifications())
				.map(notification -> notification.getParameter() == null ? "" : notification.getParameter());
		}, connection -> connection.close())
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(10)));
	}

	private static PostgresqlConnection unwrap(Object connection) {
		Object current = connection;
		for (int depth = 0; depth < 5 && current != null; depth++) {
			if (current instanceof PostgresqlConnection postgres) {
				return postgres;
			}
			current = (current instanceof Wrapped<?> wrapped) ? wrapped.unwrap() : null;
		}
		return null;
	}

}
