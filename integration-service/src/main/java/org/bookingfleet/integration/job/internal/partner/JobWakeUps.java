package org.bookingfleet.integration.job.internal.partner;

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
		this.committed = PostgresNotifications.listen(connectionFactory, CHANNEL).flatMap(JobWakeUps::partners).share();
	}

	/**
	 * The partner's committed jobs, for as long as it is subscribed.
	 */
	Flux<Partner> committed(Partner partner) {
		return this.committed.filter(partner::equals);
	}

	/** The partner the payload names; every partner for an empty one. */
	private static Flux<Partner> partners(String name) {
		return Flux.fromArray(Partner.values()).filter(partner -> name.isEmpty() || partner.name().equals(name));
	}

}
