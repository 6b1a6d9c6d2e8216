package org.bookingfleet.booking.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.booking.lifecycle.Transition;
import org.junit.jupiter.api.Test;

class BookingDecisionTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	@Test
	void aReservedSlotThatMustBePaidAwaitsPaymentOneVersionOnAndAnnouncesIt() {
		Booking pending = booking(5_000);

		Decision decision = pending.decide(moved(pending, Action.RESERVE_SLOT), "SAGA");

		assertThat(decision.after().progress().status()).isEqualTo(BookingStatus.AWAITING_PAYMENT);
		assertThat(decision.after().progress().payBy()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		assertThat(decision.after().progress().version()).isEqualTo(2);
		assertThat(decision.events()).singleElement().isEqualTo(new BookingEvent.AwaitingPayment(decision.after()));
	}

	@Test
	void aCancellationAnnouncesWhoCancelled() {
		Booking pending = booking(0);

		Decision decision = pending.decide(moved(pending, Action.CANCEL), "CUSTOMER");

		assertThat(decision.events()).singleElement()
			.isEqualTo(new BookingEvent.Cancelled(decision.after(), "CUSTOMER"));
	}

	@Test
	void aChangeThatKeepsTheStatusAnnouncesNothingUnlessItSaysSo() {
		Booking pending = booking(0);
		Booking renamed = pending.with(pending.details().withContact("Ana Gómez", null, null, null));

		assertThat(pending.decide(renamed, "CUSTOMER").events()).isEmpty();
		Decision repriced = pending.decide(renamed, after -> List.of(new BookingEvent.Repriced(after, 100, 0)));
		assertThat(repriced.events()).containsExactly(new BookingEvent.Repriced(repriced.after(), 100, 0));
		assertThat(repriced.after().progress().version()).isEqualTo(2);
	}

	@Test
	void aPaymentTheBookingDoesNotTakeIsAnnouncedAndTheBookingStays() {
		Booking pending = booking(5_000);
		UUID payment = UUID.randomUUID();

		Decision decision = pending.announce(new BookingEvent.PaymentReturned(pending, payment, "pi_1", 5_000, "EUR"));

		assertThat(decision.after()).isSameAs(pending);
		assertThat(decision.events()).hasSize(1);
	}

	@Test
	void aLateRescheduleTakesItsNewSlotWithTheFeeAsALineAndAnnouncesTheFee() {
		Booking paid = booking(10_000).with(booking(10_000).progress().withPaid(10_000));
		Booking rescheduling = paid.with(paid.progress().withPendingHold(UUID.randomUUID(), 1_500L, NOW));
		Instant later = rescheduling.progress().startsAt().plus(Duration.ofDays(1));

		Decision decision = rescheduling.takeRescheduledSlot(movedTo(rescheduling, later),
				fee -> "[" + fee.code() + ":" + fee.amountCents() + "]");

		FeeLine fee = new FeeLine(FeeLine.RESCHEDULE_FEE, "Late reschedule fee", 1_500,
				"reschedule policy: moved " + rescheduling.progress().startsAt() + " to " + later);
		assertThat(decision.after().progress().startsAt()).isEqualTo(later);
		assertThat(decision.after().progress().feesCents()).isEqualTo(1_500);
		assertThat(decision.after().progress().charges()).isEqualTo("[RESCHEDULE_FEE:1500]");
		assertThat(decision.after().progress().version()).isEqualTo(2);
		assertThat(decision.events()).containsExactly(new BookingEvent.FeeCharged(decision.after(), fee, 0));
	}

	@Test
	void aMoveAtTheSamePriceAndNoFeeAnnouncesNothing() {
		Booking rescheduling = booking(10_000);
		Booking moved = movedTo(rescheduling, rescheduling.progress().startsAt().plus(Duration.ofHours(2)));

		Decision decision = rescheduling.takeRescheduledSlot(moved, fee -> {
			throw new AssertionError("no fee to add");
		});

		assertThat(decision.events()).isEmpty();
		assertThat(decision.after().progress().version()).isEqualTo(2);
	}

	@Test
	void aCheaperNewTimeGivesBackWhatWasPaidBeyondItAndAnnouncesTheNewPrice() {
		Booking paid = booking(10_000).with(booking(10_000).progress().withPaid(10_000));
		Booking moved = movedTo(paid, paid.progress().startsAt().plus(Duration.ofDays(2)));
		Booking cheaper = moved.with(moved.details().repriced("{\"finalPriceCents\":8000}", 8_000, 0, 8_000));

		Decision decision = paid.takeRescheduledSlot(cheaper, fee -> {
			throw new AssertionError("no fee to add");
		});

		assertThat(decision.after().progress().paidCents()).isEqualTo(8_000);
		assertThat(decision.events()).containsExactly(new BookingEvent.Repriced(decision.after(), -2_000, 2_000));
	}

	private static Booking movedTo(Booking booking, Instant start) {
		return booking.with(booking.progress().movedTo(start, start.plus(Duration.ofHours(1)), UUID.randomUUID(), NOW));
	}

	private static Booking moved(Booking before, Action action) {
		Transition transition = before.lifecycle().on(action, Relation.SAGA, NOW);
		return before.following((Transition.Accepted) transition, NOW, Duration.ofMinutes(15));
	}

	private static Booking booking(long dueCents) {
		Instant start = NOW.plus(Duration.ofDays(3));
		BookingDetails details = new BookingDetails(UUID.randomUUID(), "svc", 7, "customer-1", null, "Ana",
				"ana@x.test", "+34600000000", "Europe/Madrid", 1, null, null, null, "[]", "{}", "EUR", 10_000, dueCents,
				dueCents, false, null, null, NOW, "en", List.of("EMAIL"));
		return new Booking(details,
				BookingProgress.requested(start, start.plus(Duration.ofHours(1)), UUID.randomUUID(), NOW));
	}

}
