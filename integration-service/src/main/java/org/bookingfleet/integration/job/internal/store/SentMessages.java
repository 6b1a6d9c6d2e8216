package org.bookingfleet.integration.job.internal.store;

import java.time.Clock;

import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.message.MessageKind;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The record of every message that left us, written with the job's outcome. */
@Component
public class SentMessages {

	private final DatabaseClient database;

	private final Clock clock;

	SentMessages(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	public Mono<Void> record(IntegrationJob job, Channel channel, String recipient, MessageKind kind,
			String reference) {
		return database
			.sql("insert into outbound_message (job_id, booking_id, channel, recipient, kind, partner_ref, "
					+ "sent_at) values (:job, :booking, :channel, :recipient, :kind, :ref, :now) "
					+ "on conflict (job_id) do nothing")
			.bind("job", job.id())
			.bind("booking", job.bookingId())
			.bind("channel", channel.name())
			.bind("recipient", recipient)
			.bind("kind", kind.name())
			.bind("ref", reference == null ? "" : reference)
			.bind("now", clock.instant())
			.then();
	}

}
