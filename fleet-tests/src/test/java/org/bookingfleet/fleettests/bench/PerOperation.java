package org.bookingfleet.fleettests.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each part of the fleet (a process, a database) spent on one operation, from two
 * readings of its counters around a step, and how the benchmarks print and summarise such
 * figures.
 */
final class PerOperation {

	private PerOperation() {
	}

	/**
	 * Each counter's growth since {@code before}, times {@code scale}, per operation,
	 * largest first; empty when no operation was done.
	 */
	static Map<String, Double> since(Map<String, Long> now, Map<String, Long> before, double scale, int operations) {
		Map<String, Double> each = new LinkedHashMap<>();
		if (operations == 0) {
			return each;
		}
		now.entrySet()
			.stream()
			.map(entry -> Map.entry(entry.getKey(),
					(entry.getValue() - before.getOrDefault(entry.getKey(), 0L)) * scale / operations))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(entry -> each.put(entry.getKey(), entry.getValue()));
		return each;
	}

	/** Each part's median over the steps, largest first. */
	static Map<String, Double> medians(List<Map<String, Double>> steps) {
		Map<String, Double> each = new LinkedHashMap<>();
		steps.stream()
			.flatMap(step -> step.keySet().stream())
			.distinct()
			.map(part -> Map.entry(part, median(steps.stream().map(step -> step.getOrDefault(part, 0.0)).toList())))
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach(entry -> each.put(entry.getKey(), entry.getValue()));
		return each;
	}

	static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.isEmpty() ? 0
				: (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * "70.4 ms (integration-service 16.5, postgres 15.7, …)": the sum with its unit, then
	 * each part of at least 0.05 in order; "none" when nothing was done.
	 */
	static String describe(Map<String, Double> each, String unit) {
		if (each.isEmpty()) {
			return "none";
		}
		double total = each.values().stream().mapToDouble(Double::doubleValue).sum();
		StringBuilder text = new StringBuilder("%.1f%s (".formatted(total, unit));
		each.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= 0.05)
			.forEach(entry -> text.append("%s %.1f, ".formatted(entry.getKey(), entry.getValue())));
		text.setLength(text.length() - 2);
		return text.append(')').toString();
	}

}
