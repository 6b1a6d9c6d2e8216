package org.bookingfleet.booking.analytics;

import java.time.Instant;
import java.util.Collection;
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
 * Totals for bookings starting in [from, to). Revenue counts completed bookings only, per
 * currency. Busy hours are local hours of the day in each booking's own zone, counting
 * bookings that held their slot.
 */
public record BookingAnalytics(Map<BookingStatus, Long> totalsByStatus, Map<String, Long> revenueCentsByCurrency,
		List<ServiceCount> popularServices, List<HourCount> busyHours) {

	private static final Set<BookingStatus> HELD_A_SLOT = EnumSet.of(BookingStatus.AWAITING_PAYMENT,
			BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW);

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

		Map<String, Long> revenue = inRange.stream()
			.filter(fact -> fact.status() == BookingStatus.COMPLETED)
			.collect(Collectors.groupingBy(BookingFact::currency, TreeMap::new,
					Collectors.summingLong(BookingFact::totalCents)));

		List<ServiceCount> popular = ranked(
				inRange.stream().collect(Collectors.groupingBy(BookingFact::serviceId, Collectors.counting())))
			.stream()
			.limit(topServices)
			.map(entry -> new ServiceCount(entry.getKey(), entry.getValue()))
			.toList();

		List<HourCount> busy = ranked(inRange.stream()
			.filter(fact -> HELD_A_SLOT.contains(fact.status()))
			.collect(Collectors.groupingBy(BookingAnalytics::localHour, Collectors.counting()))).stream()
			.map(entry -> new HourCount(entry.getKey(), entry.getValue()))
			.toList();

		return new BookingAnalytics(Map.copyOf(totals), Map.copyOf(revenue), popular, busy);
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
