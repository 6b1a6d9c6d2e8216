package org.bookingfleet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bookingfleet.demo.DemoBusinesses.Provider;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The demo data against the catalog the pricing service seeds (its migrations, read from
 * the source tree).
 */
class DemoBusinessesTest {

	private static final Path MIGRATIONS = Path.of("../../pricing-service/src/main/resources/db/migration");

	/**
	 * A row of the catalog's insert: id, business, name, description, type, duration in
	 * minutes.
	 */
	private static final Pattern SERVICE_ROW = Pattern
		.compile("^\\s*\\('([a-z0-9-]+)', '(houston-mobile-notary|barberia-palermo|london-first-aid|denver-pros)',"
				+ " '(?:[^']|'')*', '(?:[^']|'')*', '([A-Z_]+)', (\\d+),", Pattern.MULTILINE);

	private final DemoBusinesses demo = DemoBusinesses.load();

	@Test
	void everyServiceOfTheCatalogIsOfferedBySomeProviderOfItsBusiness() throws IOException {
		Map<String, CatalogService> catalog = catalog();
		assertThat(catalog).as("services found in the pricing service's migrations").hasSizeGreaterThanOrEqualTo(14);
		assertThat(demo.offeredServices()).containsAll(catalog.keySet());
		assertThat(catalog.keySet()).as("no provider offers a service the catalog lacks")
			.containsAll(demo.offeredServices());
		for (Provider provider : demo.providers()) {
			for (String service : provider.serviceIds()) {
				assertThat(catalog.get(service).business()).as(provider.label() + " offers " + service)
					.isEqualTo(provider.business());
			}
		}
	}

	@Test
	void eachOfferedServiceFitsWholeIntoSomeWorkingStretchOfItsProvider() throws IOException {
		Map<String, CatalogService> catalog = catalog();
		for (Provider provider : demo.providers()) {
			Duration longest = longestStretch(provider);
			for (String service : provider.serviceIds()) {
				assertThat(longest).as(provider.label() + " has time for a whole " + service)
					.isGreaterThanOrEqualTo(catalog.get(service).length());
			}
		}
	}

	@Test
	void schedulesAreWellFormed() {
		Set<Long> ids = new HashSet<>();
		for (Provider provider : demo.providers()) {
			JsonNode schedule = provider.schedule();
			String label = provider.label();
			assertThat(ids.add(provider.id())).as(label + " has an id of its own").isTrue();
			assertThat(provider.id()).as(label + " has a positive id").isPositive();
			assertThat(provider.name()).as(label + " has a name").isNotBlank();
			assertThat(ZoneId.of(schedule.path("timeZone").asString())).as(label + " zone").isNotNull();
			assertThat(schedule.path("weeklyHours").size()).as(label + " works some day").isPositive();
			int interval = schedule.path("slotIntervalMinutes").asInt();
			assertThat(interval).as(label + " slot interval").isBetween(5, 1440);
			assertThat(schedule.path("horizonDays").asInt()).as(label + " books 14 days ahead").isBetween(14, 730);
			assertThat(schedule.path("minimumNoticeMinutes").asInt()).as(label + " notice").isBetween(0, 60 * 24 * 7);
			assertThat(provider.serviceIds()).as(label + " offers something").isNotEmpty().doesNotHaveDuplicates();
			Map<DayOfWeek, List<Stretch>> hours = week(schedule.path("weeklyHours"), label);
			Map<DayOfWeek, List<Stretch>> breaks = week(schedule.path("breaks"), label);
			hours.values().forEach(day -> assertThat(overlapping(day)).as(label + " hours overlap").isFalse());
			breaks.forEach((day,
					list) -> list.forEach(lunch -> assertThat(hours.getOrDefault(day, List.of()))
						.as(label + " takes its break within its hours on " + day)
						.anyMatch(open -> open.contains(lunch))));
		}
	}

	@Test
	void promoCodesAreWellFormedAndOneIsOncePerCustomer() throws IOException {
		Set<String> services = catalog().keySet();
		Set<String> codes = new HashSet<>();
		for (JsonNode promo : demo.promoCodes()) {
			String code = promo.path("code").asString();
			assertThat(codes.add(code)).as(code + " once").isTrue();
			assertThat(code).matches("[A-Z0-9]{3,20}");
			assertThat(promo.has("percentOff") != promo.has("amountOffCents")).as(code + " has one discount").isTrue();
			assertThat(promo.path("currency").asString()).as(code + " currency").matches("[A-Z]{3}");
			assertThat(promo.path("validFrom").asString()).isLessThan(promo.path("validUntil").asString());
			promo.path("serviceIds").forEach(id -> assertThat(services).as(code).contains(id.asString()));
		}
		assertThat(codes).contains("WELCOME10");
		assertThat(demo.promoCodes()).anyMatch(promo -> promo.path("perCustomerLimit").asLong() == 1);
	}

	record CatalogService(String id, String business, String type, Duration length) {
	}

	record Stretch(LocalTime start, LocalTime end) {

		static Stretch of(JsonNode hours) {
			LocalTime start = LocalTime.parse(hours.path("start").asString());
			String endText = hours.path("end").asString();
			LocalTime end = "24:00".equals(endText) ? LocalTime.MAX : LocalTime.parse(endText);
			return new Stretch(start, end);
		}

		Duration length() {
			return end.equals(LocalTime.MAX) ? Duration.between(start, LocalTime.MIDNIGHT).plusDays(1)
					: Duration.between(start, end);
		}

		boolean contains(Stretch other) {
			return !other.start.isBefore(start) && !other.end.isAfter(end);
		}
	}

	private static Map<String, CatalogService> catalog() throws IOException {
		Map<String, CatalogService> services = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
				Matcher row = SERVICE_ROW.matcher(Files.readString(file));
				while (row.find()) {
					services.put(row.group(1), new CatalogService(row.group(1), row.group(2), row.group(3),
							Duration.ofMinutes(Long.parseLong(row.group(4)))));
				}
			}
		}
		return services;
	}

	private static Map<DayOfWeek, List<Stretch>> week(JsonNode days, String label) {
		Map<DayOfWeek, List<Stretch>> week = new LinkedHashMap<>();
		days.properties().forEach(day -> {
			List<Stretch> stretches = new ArrayList<>();
			day.getValue().forEach(hours -> {
				Stretch stretch = Stretch.of(hours);
				assertThat(stretch.start()).as(label + " " + day.getKey() + " starts before it ends")
					.isBefore(stretch.end());
				stretches.add(stretch);
			});
			week.put(DayOfWeek.valueOf(day.getKey()), stretches);
		});
		return week;
	}

	private static boolean overlapping(List<Stretch> day) {
		for (int i = 0; i < day.size(); i++) {
			for (int j = i + 1; j < day.size(); j++) {
				Stretch a = day.get(i);
				Stretch b = day.get(j);
				if (a.start().isBefore(b.end()) && b.start().isBefore(a.end())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The longest open stretch of the provider's week, breaks taken out (a whole day when
	 * open round the clock).
	 */
	private static Duration longestStretch(Provider provider) {
		Map<DayOfWeek, List<Stretch>> hours = week(provider.schedule().path("weeklyHours"), provider.label());
		Map<DayOfWeek, List<Stretch>> breaks = week(provider.schedule().path("breaks"), provider.label());
		Duration longest = Duration.ZERO;
		for (Map.Entry<DayOfWeek, List<Stretch>> day : hours.entrySet()) {
			for (Stretch open : day.getValue()) {
				LocalTime from = open.start();
				List<Stretch> lunches = new ArrayList<>(breaks.getOrDefault(day.getKey(), List.of()));
				lunches.sort((a, b) -> a.start().compareTo(b.start()));
				for (Stretch lunch : lunches) {
					if (open.contains(lunch)) {
						longest = max(longest, new Stretch(from, lunch.start()).length());
						from = lunch.end();
					}
				}
				longest = max(longest, new Stretch(from, open.end()).length());
			}
		}
		return longest;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

}
