package org.bookingfleet.booking.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BookingLifecycleProperties {

	private static final Instant START = Instant.parse("2026-12-05T15:00:00Z");

	/** The graph of the design, written out independently of the code under test. */
	private static final Map<BookingStatus, Set<BookingStatus>> EDGES = Map.of(BookingStatus.PENDING,
			EnumSet.of(BookingStatus.PENDING, BookingStatus.AWAITING_PAYMENT, BookingStatus.CONFIRMED,
					BookingStatus.REJECTED, BookingStatus.EXPIRED, BookingStatus.CANCELLED),
			BookingStatus.AWAITING_PAYMENT,
			EnumSet.of(BookingStatus.AWAITING_PAYMENT, BookingStatus.CONFIRMED, BookingStatus.EXPIRED,
					BookingStatus.CANCELLED),
			BookingStatus.CONFIRMED, EnumSet.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW,
					BookingStatus.CANCELLED));

	record Step(Action action, Relation relation, boolean afterStart) {
		Instant at() {
			return afterStart ? START.plus(Duration.ofMinutes(1)) : START.minus(Duration.ofHours(30));
		}
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		Arbitrary<Step> step = Combinators
			.combine(Arbitraries.of(Action.class), Arbitraries.of(Relation.class), Arbitraries.of(true, false))
			.as(Step::new);
		return step.list().ofMinSize(1).ofMaxSize(25);
	}

	@Property(tries = 2000)
	void noSequenceLeavesATerminalStateOrSkipsARequiredOne(@ForAll boolean approvalRequired,
			@ForAll boolean paymentDueNow, @ForAll("steps") List<Step> steps) {
		BookingLifecycle booking = BookingLifecycle.requested(START, approvalRequired, paymentDueNow);
		boolean reserved = false;
		boolean approved = false;
		boolean paid = false;

		for (Step step : steps) {
			BookingStatus before = booking.status();
			Transition transition = booking.on(step.action(), step.relation(), step.at());

			if (before.isTerminal()) {
				assertThat(transition).isInstanceOf(Transition.Refused.class);
			}
			if (!(transition instanceof Transition.Accepted accepted)) {
				continue;
			}
			assertThat(step.relation()).isNotEqualTo(Relation.STRANGER);
			booking = accepted.after();
			BookingStatus after = booking.status();
			assertThat(EDGES.get(before)).contains(after);

			reserved |= step.action() == Action.RESERVE_SLOT;
			approved |= step.action() == Action.APPROVE;
			paid |= step.action() == Action.RECORD_PAYMENT;

			if (after == BookingStatus.AWAITING_PAYMENT) {
				assertThat(paymentDueNow && reserved && (approved || !approvalRequired)).isTrue();
			}
			if (after == BookingStatus.CONFIRMED) {
				assertThat(reserved).isTrue();
				assertThat(paid || !paymentDueNow).isTrue();
				assertThat(approved || !approvalRequired).isTrue();
			}
			if (after == BookingStatus.COMPLETED || after == BookingStatus.NO_SHOW) {
				assertThat(before).isEqualTo(BookingStatus.CONFIRMED);
				assertThat(step.afterStart()).isTrue();
			}
		}
	}

	@Property(tries = 500)
	void strangersNeverChangeAnything(@ForAll("steps") List<Step> steps, @ForAll Action action) {
		BookingLifecycle booking = BookingLifecycle.requested(START, false, true);
		for (Step step : steps) {
			if (booking.on(step.action(), step.relation(), step.at()) instanceof Transition.Accepted accepted) {
				booking = accepted.after();
			}
		}

		Transition transition = booking.on(action, Relation.STRANGER, START);

		assertThat(transition).isInstanceOf(Transition.Refused.class);
		assertThat(((Transition.Refused) transition).refusal()).isEqualTo(Refusal.NOT_FOUND);
	}

}
