package org.bookingfleet.integration.job.worker;

import java.util.Arrays;
import java.util.Optional;

import io.r2dbc.spi.ConnectionFactory;
import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.platform.PostgresNotifications;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Tells a partner's worker that it may have work now rather than at its next poll: the
 * jobs table notifies channel {@value #CHANNEL} with the partner's name when a
 * transaction that created jobs (or brought a dead one back) commits, on whichever
 * instance, and this instance signals itself when one of its jobs ends and frees room.
 */
@Component
class JobWakeUps {

	static final String CHANNEL = "integration_job";

	private final ConnectionFactory connectionFactory;

	private final Sinks.Many<Partner> local = Sinks.many().multicast().directBestEffort();

	JobWakeUps(ConnectionFactory connectionFactory) {
		this.connectionFactory = connectionFactory;
	}

	/**
	 * Signals this instance's worker of the partner; a signal that meets another one on
	 * its way is merged into it.
	 */
	void wake(Partner partner) {
		local.tryEmitNext(partner);
	}

	/**
	 * The wake-ups of every partner, committed jobs and local signals together, for as
	 * long as it is subscribed.
	 */
	Flux<Partner> all() {
		return Flux.merge(committed(), local.asFlux());
	}

	private Flux<Partner> committed() {
		return PostgresNotifications.listen(connectionFactory, CHANNEL)
			.flatMap(name -> Flux.fromStream(partner(name).stream()));
	}

	private static Optional<Partner> partner(String name) {
		return Arrays.stream(Partner.values()).filter(partner -> partner.name().equals(name)).findFirst();
	}

}
