package org.bookingfleet.integration.job.internal.partner;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.internal.store.OfferEnds;
import org.bookingfleet.integration.job.internal.store.SentMessage;
import org.bookingfleet.integration.job.internal.store.WaitlistOffers;
import org.bookingfleet.integration.message.MessageKind;
import org.bookingfleet.integration.message.RenderedMessage;
import org.bookingfleet.integration.waitlist.OfferMessages;
import org.bookingfleet.integration.waitlist.OfferPlan;
import org.bookingfleet.integration.waitlist.WaitlistOffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Sends a waitlist offer's email, SMS or WhatsApp message; an offer that expired before
 * its turn is withdrawn, not sent late, and so is one that ended meanwhile (its hold
 * refused, its customer gone from the waitlist); the job engine withdraws the follow-up
 * that would have come after it along with it. A follow-up tells the customer, on the
 * notice's channel and in its language, that the offered slot was taken.
 */
@Component
class OfferDelivery {

	private final WaitlistOffers offers;

	private final OfferEnds ends;

	private final OfferMessages messages;

	private final Mailer mailer;

	private final TextMessages texts;

	private final Clock clock;

	OfferDelivery(WaitlistOffers offers, OfferEnds ends, OfferMessages messages, Mailer mailer, TextMessages texts,
			Clock clock) {
		this.offers = offers;
		this.ends = ends;
		this.messages = messages;
		this.mailer = mailer;
		this.texts = texts;
		this.clock = clock;
	}

	Mono<JobOutcome> perform(IntegrationJob job) {
		Mono<WaitlistOffer> offer = offers.find(job.bookingId())
			.switchIfEmpty(Mono.error(() -> new IllegalArgumentException("no waitlist offer " + job.bookingId())));
		if (!OfferPlan.isNotice(job.payload())) {
			return offer
				.flatMap(found -> send(job, MessageKind.WAITLIST_OFFER_TAKEN, messages.renderTakenForCustomer(found)));
		}
		return ends.of(job.bookingId())
			.map(end -> (JobOutcome) new JobOutcome.Withdrawn("the offer ended before it was sent: " + end))
			.switchIfEmpty(offer.flatMap(found -> found.expiredAt(clock.instant())
					? Mono.just(new JobOutcome.Withdrawn("the offer expired before it was sent"))
					: send(job, MessageKind.WAITLIST_OFFER, messages.renderForCustomer(found))));
	}

	private Mono<JobOutcome> send(IntegrationJob job, MessageKind kind, RenderedMessage rendered) {
		String recipient = job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT);
		Channel channel = Channel.sentBy(job.action());
		Mono<String> reference = channel == Channel.EMAIL
				? mailer.send(new Mailer.Email("<" + job.id() + "@bookingfleet>", recipient, rendered.subject(),
						rendered.body(), List.of()))
				: texts.send(channel, recipient, rendered.text());
		return reference.map(ref -> JobOutcome.Done.sent(new SentMessage(channel, recipient, kind, ref), List.of()));
	}

}
