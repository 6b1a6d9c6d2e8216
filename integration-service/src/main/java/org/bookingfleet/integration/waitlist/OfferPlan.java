package org.bookingfleet.integration.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.fanout.FanOutPlan;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.message.MessageKind;

/**
 * The messages an offer asks for: one on each channel the customer chose that we can reach them on (an email to
 * the address, an SMS or a WhatsApp message to the phone). An offer that names no channels, or none we can reach
 * the customer on, goes by email and SMS as far as an address and a phone were given: an offer nobody hears of is
 * lost. The dedupe keys name the offer, so a redelivered offer asks for nothing new. An offer's jobs carry the offer
 * id where a booking's jobs carry the booking id.
 */
public final class OfferPlan {

    public static final String PAYLOAD_OFFER = "offer";

    private OfferPlan() {
    }

    public static List<JobRequest> messages(WaitlistOffer offer, Instant now) {
        List<JobRequest> chosen = new ArrayList<>();
        for (Channel channel : offer.channels()) {
            switch (channel) {
                case EMAIL -> offer.customerEmail().ifPresent(email ->
                        chosen.add(job(JobAction.SEND_EMAIL, offer, "email", email, now)));
                case SMS -> offer.customerPhone().ifPresent(phone ->
                        chosen.add(job(JobAction.SEND_SMS, offer, "sms", phone, now)));
                case WHATSAPP -> offer.customerPhone().ifPresent(phone ->
                        chosen.add(job(JobAction.SEND_WHATSAPP, offer, "whatsapp", phone, now)));
            }
        }
        if (!chosen.isEmpty()) {
            return List.copyOf(chosen);
        }
        List<JobRequest> jobs = new ArrayList<>();
        offer.customerEmail().ifPresent(email -> jobs.add(job(JobAction.SEND_EMAIL, offer, "email", email, now)));
        offer.customerPhone().ifPresent(phone -> jobs.add(job(JobAction.SEND_SMS, offer, "sms", phone, now)));
        return List.copyOf(jobs);
    }

    public static boolean isOffer(Map<String, String> payload) {
        return payload.containsKey(PAYLOAD_OFFER);
    }

    private static JobRequest job(JobAction action, WaitlistOffer offer, String channel, String recipient,
                                  Instant now) {
        return new JobRequest(action, offer.offerId(), channel + ":waitlist-offer:" + offer.offerId(), Optional.empty(),
                Map.of(PAYLOAD_OFFER, offer.offerId().toString(),
                        FanOutPlan.PAYLOAD_MESSAGE, MessageKind.WAITLIST_OFFER.name(),
                        FanOutPlan.PAYLOAD_RECIPIENT, recipient), now);
    }
}
