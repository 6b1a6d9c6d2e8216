package org.bookingfleet.integration.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.job.BookingJobPlan;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.message.MessageKind;
import org.junit.jupiter.api.Test;

class OfferPlanTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static WaitlistOffer offer(UUID offerId, String email, String phone) {
		return new WaitlistOffer(offerId, UUID.randomUUID(), "Standard Notary", "Your provider", ZoneId.of("UTC"),
				NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)).plusSeconds(1800), 1,
				NOW.plus(Duration.ofHours(2)), "Dana Smith", Optional.ofNullable(email), Optional.ofNullable(phone));
	}

	@Test
	void offerWithEmailAndPhoneAsksForAnEmailAndAnSmsToThem() {
		UUID offerId = UUID.randomUUID();

		assertThat(OfferPlan.messages(offer(offerId, "dana@example.com", "+17135550101"), NOW))
			.extracting(JobRequest::action, job -> job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT),
					JobRequest::bookingId)
			.containsExactly(Tuple.tuple(JobAction.SEND_EMAIL, "dana@example.com", offerId),
					Tuple.tuple(JobAction.SEND_SMS, "+17135550101", offerId));
	}

	@Test
	void offerWithoutPhoneAsksForTheEmailOnly() {
		assertThat(OfferPlan.messages(offer(UUID.randomUUID(), "dana@example.com", "  "), NOW))
			.extracting(JobRequest::action)
			.containsExactly(JobAction.SEND_EMAIL);
	}

	@Test
	void sameOfferSeenTwiceAsksForTheSameEffectsAndAnotherOfferForOthers() {
		UUID offerId = UUID.randomUUID();
		List<String> first = keys(OfferPlan.messages(offer(offerId, "dana@example.com", "+17135550101"), NOW));

		assertThat(keys(OfferPlan.messages(offer(offerId, "dana@example.com", "+17135550101"), NOW.plusSeconds(60))))
			.isEqualTo(first);
		assertThat(keys(OfferPlan.messages(offer(UUID.randomUUID(), "dana@example.com", "+17135550101"), NOW)))
			.doesNotContainAnyElementsOf(first);
	}

	private static List<String> keys(List<JobRequest> jobs) {
		return jobs.stream().map(JobRequest::dedupeKey).toList();
	}

	@Test
	void offersAreToldApartFromBookingsByTheirPayload() {
		assertThat(OfferPlan.messages(offer(UUID.randomUUID(), "dana@example.com", null), NOW))
			.allSatisfy(job -> assertThat(OfferPlan.isOffer(job.payload())).isTrue());
	}

	private static WaitlistOffer choosing(UUID offerId, String email, String phone, Set<Channel> channels) {
		WaitlistOffer plain = offer(offerId, email, phone);
		return new WaitlistOffer(offerId, plain.entryId(), plain.serviceName(), plain.providerName(), plain.zone(),
				plain.start(), plain.end(), plain.seats(), plain.expiresAt(), plain.customerName(),
				plain.customerEmail(), plain.customerPhone(), Optional.empty(), channels);
	}

	@Test
	void offerGoesOnlyOnTheChannelsTheCustomerChose() {
		UUID offerId = UUID.randomUUID();

		assertThat(OfferPlan.messages(
				choosing(offerId, "dana@example.com", "+17135550101", Set.of(Channel.SMS, Channel.WHATSAPP)), NOW))
			.extracting(JobRequest::action, job -> job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT))
			.containsExactlyInAnyOrder(Tuple.tuple(JobAction.SEND_SMS, "+17135550101"),
					Tuple.tuple(JobAction.SEND_WHATSAPP, "+17135550101"));
		assertThat(
				OfferPlan.messages(choosing(offerId, "dana@example.com", "+17135550101", Set.of(Channel.EMAIL)), NOW))
			.extracting(JobRequest::action)
			.containsExactly(JobAction.SEND_EMAIL);
	}

	@Test
	void offerWhoseChosenChannelsCannotReachTheCustomerGoesWhereItCan() {
		assertThat(OfferPlan.messages(choosing(UUID.randomUUID(), "dana@example.com", null, Set.of(Channel.SMS)), NOW))
			.extracting(JobRequest::action)
			.containsExactly(JobAction.SEND_EMAIL);
	}

	private static IntegrationJob asJob(JobRequest request, JobStatus status) {
		IntegrationJob pending = IntegrationJob.from(request, UUID.randomUUID(), NOW);
		return new IntegrationJob(pending.id(), pending.action(), pending.bookingId(), pending.dedupeKey(),
				pending.after(), pending.payload(), status, 1, NOW, Optional.empty(), NOW, NOW);
	}

	@Test
	void refusedHoldIsFollowedUpOnEachChannelWhoseNoticeWentOrIsGoingAfterThatNotice() {
		UUID offerId = UUID.randomUUID();
		List<JobRequest> notices = OfferPlan.messages(choosing(offerId, "dana@example.com", "+17135550101",
				Set.of(Channel.EMAIL, Channel.SMS, Channel.WHATSAPP)), NOW);
		JobRequest email = notices.stream().filter(n -> n.action() == JobAction.SEND_EMAIL).findFirst().orElseThrow();
		JobRequest sms = notices.stream().filter(n -> n.action() == JobAction.SEND_SMS).findFirst().orElseThrow();
		JobRequest whatsapp = notices.stream()
			.filter(n -> n.action() == JobAction.SEND_WHATSAPP)
			.findFirst()
			.orElseThrow();

		List<JobRequest> followUps = OfferPlan.followUps(OfferEnd.HOLD_REFUSED, List
			.of(asJob(email, JobStatus.SUCCEEDED), asJob(sms, JobStatus.RUNNING), asJob(whatsapp, JobStatus.CANCELLED)),
				NOW);

		assertThat(followUps)
			.extracting(JobRequest::action, job -> job.payload().get(BookingJobPlan.PAYLOAD_RECIPIENT),
					JobRequest::after, job -> job.payload().get(BookingJobPlan.PAYLOAD_MESSAGE), JobRequest::bookingId)
			.containsExactlyInAnyOrder(
					Tuple.tuple(JobAction.SEND_EMAIL, "dana@example.com", Optional.of(email.dedupeKey()),
							MessageKind.WAITLIST_OFFER_TAKEN.name(), offerId),
					Tuple.tuple(JobAction.SEND_SMS, "+17135550101", Optional.of(sms.dedupeKey()),
							MessageKind.WAITLIST_OFFER_TAKEN.name(), offerId));
		assertThat(followUps).allSatisfy(job -> {
			assertThat(OfferPlan.isOffer(job.payload())).isTrue();
			assertThat(OfferPlan.isNotice(job.payload())).isFalse();
		});
		assertThat(keys(followUps)).doesNotContainAnyElementsOf(keys(notices));
	}

	@Test
	void followUpsAreTheSameEffectsWhenAskedForAgainAndNoneFollowAFollowUp() {
		UUID offerId = UUID.randomUUID();
		List<IntegrationJob> sent = OfferPlan.messages(offer(offerId, "dana@example.com", "+17135550101"), NOW)
			.stream()
			.map(notice -> asJob(notice, JobStatus.SUCCEEDED))
			.toList();
		List<JobRequest> first = OfferPlan.followUps(OfferEnd.HOLD_REFUSED, sent, NOW);
		List<IntegrationJob> all = new java.util.ArrayList<>(sent);
		first.forEach(followUp -> all.add(asJob(followUp, JobStatus.SUCCEEDED)));

		assertThat(keys(OfferPlan.followUps(OfferEnd.HOLD_REFUSED, all, NOW.plusSeconds(60)))).isEqualTo(keys(first))
			.hasSize(2);
	}

	@Test
	void customerWhoLeftTheWaitlistHearsNoFollowUp() {
		List<IntegrationJob> sent = OfferPlan
			.messages(offer(UUID.randomUUID(), "dana@example.com", "+17135550101"), NOW)
			.stream()
			.map(notice -> asJob(notice, JobStatus.SUCCEEDED))
			.toList();

		assertThat(OfferPlan.followUps(OfferEnd.WITHDRAWN, sent, NOW)).isEmpty();
	}

}
