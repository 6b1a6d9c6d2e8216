package org.bookingfleet.integration.job.internal.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingCompleted;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.integration.IntegrationProperties.ProviderContact;
import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.BookingStatus;
import org.bookingfleet.integration.booking.Business;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.job.internal.store.BookingSnapshots;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.integration.job.internal.store.ProviderNames;
import org.bookingfleet.integration.job.internal.store.ServiceBusinesses;
import org.bookingfleet.integration.reminder.ReminderPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns booking events into jobs. Runs inside the consumer's transaction, so the jobs
 * exist exactly when the event is recorded as applied. Events of a booking this service
 * never saw confirmed ask for nothing.
 */
@Component
public class BookingJobPlanning {

	private static final Logger log = LoggerFactory.getLogger(BookingJobPlanning.class);

	private final BookingSnapshots snapshots;

	private final Jobs jobs;

	private final IntegrationProperties settings;

	private final Clock clock;

	private final ProviderNames names;

	private final ServiceBusinesses businesses;

	public BookingJobPlanning(BookingSnapshots snapshots, Jobs jobs, IntegrationProperties settings,
			ProviderNames names, ServiceBusinesses businesses, Clock clock) {
		this.snapshots = snapshots;
		this.names = names;
		this.businesses = businesses;
		this.jobs = jobs;
		this.settings = settings;
		this.clock = clock;
	}

	public Mono<Void> confirmed(BookingConfirmed event, EventEnvelope envelope) {
		Instant now = clock.instant();
		if (!settings.knowsProvider(event.providerId())) {
			log.warn(
					"provider {} of booking {} is not under integration.providers: its calendar event and alert "
							+ "use the default provider <{}>, calendar {}",
					event.providerId(), event.bookingId(), settings.defaultProvider().email(),
					settings.defaultProvider().calendarId());
		}
		return contact(event.providerId()).zipWith(seller(event.serviceId())).flatMap(found -> {
			BookingSnapshot unsigned = ConfirmedBookings.snapshot(event, envelope.aggregateVersion(), found.getT1());
			BookingSnapshot booking = found.getT2().map(unsigned::soldBy).orElse(unsigned);
			return snapshots.save(booking, BookingStatus.CONFIRMED, now)
				.filter(stored -> stored)
				.flatMap(stored -> jobs.add(withBalance(
						withReminders(BookingJobPlan.confirmed(booking, event.invoiceNumber(), now), booking), booking,
						event.price(), now), now));
		}).then();
	}

	/** The business that sells the service, as the catalog profiled it, if it did. */
	private Mono<Optional<Business>> seller(String serviceId) {
		return businesses.of(serviceId).map(Optional::of).defaultIfEmpty(Optional.empty());
	}

	/**
	 * The provider's contact: the name their schedule announced (else the configured
	 * one), the email and calendar as configured.
	 */
	private Mono<ProviderContact> contact(long providerId) {
		ProviderContact configured = settings.provider(providerId);
		return names.of(providerId)
			.map(name -> new ProviderContact(name, configured.email(), configured.calendarId()))
			.defaultIfEmpty(configured);
	}

	public Mono<Void> rescheduled(BookingRescheduled event, EventEnvelope envelope) {
		Instant now = clock.instant();
		return snapshots.find(event.bookingId())
			.filter(stored -> stored.status() == BookingStatus.CONFIRMED
					&& stored.snapshot().version() < envelope.aggregateVersion())
			.map(stored -> stored.snapshot().movedTo(event.start(), event.end(), envelope.aggregateVersion()))
			.flatMap(moved -> snapshots.save(moved, BookingStatus.CONFIRMED, now)
				.then(jobs.cancelWaitingReminders(moved.bookingId(), now))
				.then(jobs.add(withReminders(BookingJobPlan.rescheduled(moved, now), moved), now)))
			.then();
	}

	public Mono<Void> cancelled(BookingCancelled event, EventEnvelope envelope) {
		Instant now = clock.instant();
		return snapshots.find(event.bookingId())
			.filter(stored -> stored.status() == BookingStatus.CONFIRMED)
			.flatMap(stored -> snapshots
				.save(stored.snapshot().atVersion(envelope.aggregateVersion()), BookingStatus.CANCELLED, now)
				.then(jobs.cancelWaitingReminders(event.bookingId(), now))
				.then(jobs.add(BookingJobPlan.cancelled(stored.snapshot(), event.refundCents(), now), now)))
			.then();
	}

	public Mono<Void> completed(BookingCompleted event, EventEnvelope envelope) {
		Instant now = clock.instant();
		return snapshots.find(event.bookingId())
			.filter(stored -> stored.status() == BookingStatus.CONFIRMED)
			.flatMap(stored -> snapshots
				.save(stored.snapshot().atVersion(envelope.aggregateVersion()), BookingStatus.COMPLETED, now)
				.then(jobs.add(BookingJobPlan.completed(stored.snapshot(), now), now)))
			.then();
	}

	/** A booking confirmed on a deposit is asked for its balance before it starts. */
	private static List<JobRequest> withBalance(List<JobRequest> effects, BookingSnapshot booking, PriceSnapshot price,
			Instant now) {
		if (price == null || price.currency() == null || price.depositCents() <= 0
				|| price.depositCents() >= price.totalCents()) {
			return effects;
		}
		List<JobRequest> all = new ArrayList<>(effects);
		all.addAll(BookingJobPlan.balanceDue(booking, price.totalCents(), price.currency(), now));
		return all;
	}

	private List<JobRequest> withReminders(List<JobRequest> effects, BookingSnapshot booking) {
		List<JobRequest> all = new ArrayList<>(effects);
		all.addAll(BookingJobPlan.reminders(booking, new ReminderPlanner(clock).plan(booking)));
		return all;
	}

}
