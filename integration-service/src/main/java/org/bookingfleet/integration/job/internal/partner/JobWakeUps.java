package org.bookingfleet.integration.job.internal.partner;

import java.util.Arrays;
import java.util.Optional;

import io.r2dbc.spi.ConnectionFactory;
import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.platform.PostgresNotifications;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Tells a partner's worker that it may have work now rather than at its next poll: the
 * jobs table notifies channel {@value #CHANNEL} with the partner's name when a
 * transaction that created jobs (or brought a dead one back) commits, on whichever
 * instance. Every partner's worker hears them on one listening connection. An empty
 * payload (the listener has just begun to listen, and did not hear what committed before)
 * tells every partner's worker.
 */
@Component
class JobWakeUps {

	static final String CHANNEL = "integration_job";

	private final Flux<Partner> committed;

	JobWakeUps(ConnectionFactory connectionFactory) {
		this.committed = PostgresNotifications.listen(connectionFactory, CHANNEL)
			.flatMap(
					name -> name.isEmpty() ? Flux.fromArray(Partner.values()) : Flux.fromStream(partner(name).stream()))
			.share();
	}

	/**
	 * The partner's committed jobs, for as long as it is subscribed.
	 */
	Flux<Partner> committed(Partner partner) {
		return this.committed.filter(partner::equals);
	}

	private static Optional<Partner> partner(String name) {
		return Arrays.stream(Partner.values()).filter(partner -> partner.name().equals(name)).findFirst();
	}

}
