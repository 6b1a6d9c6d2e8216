package org.bookingfleet.integration.waitlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.integration.fanout.FanOutPlan;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.message.MessageKind;

/**
 * The messages an offer asks for: an email to the customer's address and an SMS to the phone, when given. The
 * dedupe keys name the offer, so a redelivered offer asks for nothing new. An offer's jobs carry the offer id
 * where a booking's jobs carry the booking id.
 */
public final class OfferPlan {

    public static final String PAYLOAD_OFFER = "offer";

    private OfferPlan() {
    }

    public static List<JobRequest> messages(WaitlistOffer offer, Instant now) {
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
