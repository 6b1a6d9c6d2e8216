package org.bookingfleet.booking.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * Figures of the bookings starting in [from, to), each defined in {@link #DEFINITIONS}
 * (the answer carries them): revenue is what the bookings keep of what was paid (money
 * collected less refunds, whatever their status, so a kept deposit counts) per currency,
 * with tax shown apart, in all and per day in the business's zone; popular services count
 * live and finished bookings; busy hours are local hours in each booking's own zone.
 */
public record BookingAnalytics(Map<BookingStatus, Long> totalsByStatus, Map<String, Long> revenueCentsByCurrency,
		List<ServiceCount> popularServices, List<HourCount> busyHours, Map<String, Revenue> revenueByCurrency,
		List<Revenue.OfDay> revenueByDay, Map<String, String> definitions) {

	/**
	 * Bookings that are or were on: live or finished, not cancelled, rejected or expired.
	 */
	static final Set<BookingStatus> POPULAR = EnumSet.of(BookingStatus.PENDING, BookingStatus.AWAITING_PAYMENT,
			BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW);

	static final Set<BookingStatus> HELD_A_SLOT = EnumSet.of(BookingStatus.AWAITING_PAYMENT, BookingStatus.CONFIRMED,
			BookingStatus.COMPLETED, BookingStatus.NO_SHOW);

	public static final Map<String, String> DEFINITIONS = Map.of("totalsByStatus",
			"Bookings starting in the period, by their status now.", "revenueCentsByCurrency",
			"Money collected less refunds, tax included, per currency: every booking starting in the period counts,"
					+ " whatever its status, so a deposit kept after a late cancellation counts.",
			"revenueByCurrency",
			"Money collected less refunds per currency, split into net and tax in the proportion of the booking's"
					+ " taxes to its price; refundedCents is what was refunded.",
			"revenueByDay",
			"The same per day of the appointment in the business's time zone (the booking's own zone), per currency.",
			"popularServices",
			"Services by their bookings that are live or finished (pending, awaiting payment, confirmed, completed,"
					+ " no-show); cancelled, rejected and expired bookings do not count.",
			"busyHours",
			"Hours of the day in the business's time zone (the booking's own zone) by the bookings that held their"
					+ " slot (awaiting payment, confirmed, completed, no-show).");

	public record ServiceCount(String serviceId, long bookings) {
	}

	public record HourCount(int hour, long bookings) {
	}

	public static BookingAnalytics of(Collection<BookingFact> facts, Instant from, Instant to, int topServices) {
		List<BookingFact> inRange = facts.stream()
			.filter(fact -> !fact.startsAt().isBefore(from) && fact.startsAt().isBefore(to))
			.toList();

		Map<BookingStatus, Long> totals = new EnumMap<>(BookingStatus.class);
		for (BookingStatus status : BookingStatus.values()) {
			totals.put(status, 0L);
		}
		inRange.forEach(fact -> totals.merge(fact.status(), 1L, Long::sum));

		Map<String, Revenue> revenue = new TreeMap<>();
		Map<Map.Entry<LocalDate, String>, Revenue> daily = new TreeMap<>(
				Map.Entry.<LocalDate, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
		inRange.stream().filter(fact -> fact.paidCents() > 0 || fact.refundedCents() > 0).forEach(fact -> {
			Revenue one = Revenue.of(fact);
			revenue.merge(fact.currency(), one, Revenue::plus);
			daily.merge(new AbstractMap.SimpleImmutableEntry<>(fact.startsAt().atZone(fact.zone()).toLocalDate(),
					fact.currency()), one, Revenue::plus);
		});
		Map<String, Long> revenueCents = new TreeMap<>();
		revenue.forEach((currency, money) -> revenueCents.put(currency, money.totalCents()));
		List<Revenue.OfDay> byDay = daily.entrySet()
			.stream()
			.map(day -> Revenue.OfDay.of(day.getKey().getKey(), day.getKey().getValue(), day.getValue()))
			.toList();

		List<ServiceCount> popular = ranked(inRange.stream()
			.filter(fact -> POPULAR.contains(fact.status()))
			.collect(Collectors.groupingBy(BookingFact::serviceId, Collectors.counting()))).stream()
			.limit(topServices)
			.map(entry -> new ServiceCount(entry.getKey(), entry.getValue()))
			.toList();

		List<HourCount> busy = ranked(inRange.stream()
			.filter(fact -> HELD_A_SLOT.contains(fact.status()))
			.collect(Collectors.groupingBy(BookingAnalytics::localHour, Collectors.counting()))).stream()
			.map(entry -> new HourCount(entry.getKey(), entry.getValue()))
			.toList();

		return new BookingAnalytics(Map.copyOf(totals), Collections.unmodifiableMap(revenueCents), popular, busy,
				Collections.unmodifiableMap(revenue), byDay, DEFINITIONS);
	}

	private static Integer localHour(BookingFact fact) {
		return fact.startsAt().atZone(fact.zone()).getHour();
	}

	private static <K extends Comparable<K>> List<Map.Entry<K, Long>> ranked(Map<K, Long> counts) {
		return counts.entrySet()
			.stream()
			.sorted(Comparator.comparing((Function<Map.Entry<K, Long>, Long>) Map.Entry::getValue)
				.reversed()
				.thenComparing(Map.Entry::getKey))
			.toList();
	}
}
