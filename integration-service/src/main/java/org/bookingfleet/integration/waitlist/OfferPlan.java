package org.bookingfleet.integration.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.message.MessageKind;

/**
 * The messages an offer asks for: one on each channel the customer chose that we can
 * reach them on (an email to the address, an SMS or a WhatsApp message to the phone). An
 * offer that names no channels, or none we can reach the customer on, goes by email and
 * SMS as far as an address and a phone were given: an offer nobody hears of is lost. The
 * dedupe keys name the offer, so a redelivered offer asks for nothing new. An offer's
 * jobs carry the offer id where a booking's jobs carry the booking id.
 * <p>
 * When the offer ends before its customer could take it (see {@link OfferEnd}), each
 * notice that went out, or that is in a partner's hands right now, is followed up on its
 * channel, after it: a follow-up waits for its notice to have succeeded, so a customer
 * never hears of the end of an offer they were not told of.
 */
public final class OfferPlan {

	public static final String PAYLOAD_OFFER = "offer";

	private OfferPlan() {
	}

	public static List<JobRequest> messages(WaitlistOffer offer, Instant now) {
		List<JobRequest> chosen = new ArrayList<>();
		for (Channel channel : offer.channels()) {
			switch (channel) {
				case EMAIL ->
					offer.customerEmail().ifPresent(email -> chosen.add(job(Channel.EMAIL, offer, email, now)));
				case SMS -> offer.customerPhone().ifPresent(phone -> chosen.add(job(Channel.SMS, offer, phone, now)));
				case WHATSAPP ->
					offer.customerPhone().ifPresent(phone -> chosen.add(job(Channel.WHATSAPP, offer, phone, now)));
			}
		}
		if (!chosen.isEmpty()) {
			return List.copyOf(chosen);
		}
		List<JobRequest> jobs = new ArrayList<>();
		offer.customerEmail().ifPresent(email -> jobs.add(job(Channel.EMAIL, offer, email, now)));
		offer.customerPhone().ifPresent(phone -> jobs.add(job(Channel.SMS, offer, phone, now)));
		return List.copyOf(jobs);
	}

	/**
	 * The follow-ups of an offer that ended, one per notice among {@code jobs} that was
	 * sent or is being sent; the notices still waiting are cancelled instead and need
	 * none. An end that is not followed up asks for nothing.
	 */
	public static List<JobRequest> followUps(OfferEnd end, List<IntegrationJob> jobs, Instant now) {
		if (!end.followedUp()) {
			return List.of();
		}
		return jobs.stream()
			.filter(job -> isNotice(job.payload()))
			.filter(job -> job.status() == JobStatus.SUCCEEDED || job.status() == JobStatus.RUNNING)
			.map(notice -> new JobRequest(notice.action(), notice.bookingId(),
					key(Channel.sentBy(notice.action())) + ":waitlist-offer-taken:" + notice.bookingId(),
					Optional.of(notice.dedupeKey()),
					Map.of(PAYLOAD_OFFER, notice.bookingId().toString(), BookingJobPlan.PAYLOAD_MESSAGE,
							MessageKind.WAITLIST_OFFER_TAKEN.name(), BookingJobPlan.PAYLOAD_RECIPIENT,
							notice.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT)),
					now))
			.toList();
	}

	public static boolean isOffer(Map<String, String> payload) {
		return payload.containsKey(PAYLOAD_OFFER);
	}

	/** The message that tells the offer itself, not a follow-up of it. */
	public static boolean isNotice(Map<String, String> payload) {
		return isOffer(payload)
				&& MessageKind.WAITLIST_OFFER.name().equals(payload.get(BookingJobPlan.PAYLOAD_MESSAGE));
	}

	/** How a channel is named in the dedupe keys of an offer's jobs. */
	private static String key(Channel channel) {
		return channel.name().toLowerCase();
	}

	private static JobRequest job(Channel channel, WaitlistOffer offer, String recipient, Instant now) {
		return new JobRequest(channel.sendAction(), offer.offerId(),
				key(channel) + ":waitlist-offer:" + offer.offerId(), Optional.empty(),
				Map.of(PAYLOAD_OFFER, offer.offerId().toString(), BookingJobPlan.PAYLOAD_MESSAGE,
						MessageKind.WAITLIST_OFFER.name(), BookingJobPlan.PAYLOAD_RECIPIENT, recipient),
				now);
	}

}
