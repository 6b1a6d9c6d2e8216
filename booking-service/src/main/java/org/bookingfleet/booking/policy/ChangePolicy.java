package org.bookingfleet.booking.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's or provider's cancellation and rescheduling terms, stored as data. The tier
 * with the longest notice that the change still meets applies; a change with less notice
 * than every tier, or after the start, is refused. A provider or admin who cancels
 * refunds everything paid: the customer did not break the appointment. A customer who
 * cancels does not get back the fees already charged (a late reschedule's): that change
 * was made.
 */
public record ChangePolicy(String name, List<NoticeTier> cancellation, List<NoticeTier> reschedule) {

	public ChangePolicy {
		Objects.requireNonNull(name, "name");
		cancellation = longestNoticeFirst(cancellation);
		reschedule = longestNoticeFirst(reschedule);
	}

	/**
	 * The seeds' terms: free up to {@code freeNotice} before the start, later the given
	 * retention applies.
	 */
	public static ChangePolicy freeUntil(String name, Duration freeNotice, Retention lateCancellation,
			Retention lateReschedule) {
		return new ChangePolicy(name,
				List.of(new NoticeTier(freeNotice, new Retention.Nothing()),
						new NoticeTier(Duration.ZERO, lateCancellation)),
				List.of(new NoticeTier(freeNotice, new Retention.Nothing()),
						new NoticeTier(Duration.ZERO, lateReschedule)));
	}

	public CancellationDecision cancel(Charges charges, Instant startsAt, Instant now, ChangeRequester requester) {
		if (requester != ChangeRequester.CUSTOMER) {
			return new CancellationDecision.Refund(charges.paidCents(), 0, charges.currency());
		}
		return tierFor(cancellation, startsAt, now).<CancellationDecision>map(tier -> {
			long kept = Math.min(charges.paidCents(), charges.feesCents() + tier.retention().keptFrom(charges));
			return new CancellationDecision.Refund(charges.paidCents() - kept, kept, charges.currency());
		}).orElseGet(() -> new CancellationDecision.Refused("too late to cancel under " + name));
	}

	public RescheduleDecision reschedule(Charges charges, Instant startsAt, Instant now, ChangeRequester requester) {
		if (requester != ChangeRequester.CUSTOMER) {
			return new RescheduleDecision.Allowed(0, charges.currency());
		}
		return tierFor(reschedule, startsAt, now)
			.<RescheduleDecision>map(
					tier -> new RescheduleDecision.Allowed(tier.retention().keptFrom(charges), charges.currency()))
			.orElseGet(() -> new RescheduleDecision.Refused("too late to reschedule under " + name));
	}

	private static Optional<NoticeTier> tierFor(List<NoticeTier> tiers, Instant startsAt, Instant now) {
		Duration notice = Duration.between(now, startsAt);
		if (notice.isNegative()) {
			return Optional.empty();
		}
		return tiers.stream().filter(tier -> notice.compareTo(tier.minimumNotice()) >= 0).findFirst();
	}

	private static List<NoticeTier> longestNoticeFirst(List<NoticeTier> tiers) {
		Objects.requireNonNull(tiers, "tiers");
		return tiers.stream().sorted(Comparator.comparing(NoticeTier::minimumNotice).reversed()).toList();
	}
}
