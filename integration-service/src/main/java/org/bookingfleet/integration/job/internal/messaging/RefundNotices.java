package org.bookingfleet.integration.job.internal.messaging;

import java.time.Clock;
import java.time.Instant;

import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.internal.store.BookingSnapshots;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A refund the payment service issued (and credited on the booking's invoice) is told to
 * the customer by email, in their language, once per refund. A refund of a booking this
 * service never saw confirmed has nobody to tell here.
 */
@Component
class RefundNotices {

	private static final Logger log = LoggerFactory.getLogger(RefundNotices.class);

	private final BookingSnapshots snapshots;

	private final Jobs jobs;

	private final Clock clock;

	RefundNotices(BookingSnapshots snapshots, Jobs jobs, Clock clock) {
		this.snapshots = snapshots;
		this.jobs = jobs;
		this.clock = clock;
	}

	Mono<Void> issued(RefundIssued refund) {
		Instant now = clock.instant();
		return snapshots.find(refund.bookingId())
			.flatMap(stored -> jobs.add(BookingJobPlan.refunded(stored.snapshot(), refund.refundId(),
					refund.amountCents(), refund.currency(), refund.creditNoteNumber(), now), now))
			.switchIfEmpty(Mono.fromRunnable(
					() -> log.info("refund {} of booking {} is not told: the booking was never confirmed here",
							refund.refundId(), refund.bookingId())))
			.then();
	}

}
