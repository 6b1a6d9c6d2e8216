package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@WithFleet
class SeriesIntegrationTest {

	@Test
	void aWeeklySeriesBooksEveryOccurrenceAtTheSameLocalTimeAndSkipsTheOneAlreadyTaken() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(provider);
		Instant start = Storefront.firstSlot(RON, provider, RON_ZONE, 2);
		ZonedDateTime local = start.atZone(ZoneId.of(RON_ZONE));
		Instant thirdWeek = local.plusWeeks(2).toInstant();
		Storefront.Booked blocker = Storefront.bookConfirmed(RON, provider, thirdWeek, Storefront.newEmail("blocker"));

		Storefront.Held held = Storefront.held(RON, provider, start, 1);
		String email = Storefront.newEmail("weekly");
		ObjectNode recurrence = Json.object().put("frequency", "WEEKLY").put("count", 4).put("onConflict", "SKIP");
		JsonNode quote = Storefront.seriesQuote(RON, start, 1, email, recurrence);
		Map<String, Long> quotedByStart = new TreeMap<>();
		quote.path("occurrences")
			.forEach(occurrence -> quotedByStart.put(
					Instant.parse(occurrence.path("scheduledDateTime").asString()).toString(),
					occurrence.path("finalPriceCents").asLong()));
		assertThat(quotedByStart).as(quote.toString())
			.containsOnlyKeys(local.toInstant().toString(), local.plusWeeks(1).toInstant().toString(),
					thirdWeek.toString(), local.plusWeeks(3).toInstant().toString());
		ObjectNode request = Storefront.request(RON, held, quote.path("quoteToken").asString(), email, 1);
		request.set("recurrence", recurrence);
		Answer created = Storefront.book(request, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as(created.toString()).isIn(201, 202);
		String seriesId = created.field("seriesId");
		assertThat(seriesId).as(created.toString()).isNotBlank();
		Caller guest = Caller.guest(created.field("accessToken"));

		await("the series settled").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Answer series = Gateway.get("/api/v2/bookings/series/" + seriesId, Tokens.admin());
			assertThat(series.status()).as(series.toString()).isEqualTo(200);
			Map<String, String> byStart = new TreeMap<>();
			series.json()
				.path("occurrences")
				.forEach(occurrence -> byStart.put(
						Instant.parse(occurrence.path("scheduledDateTime").asString()).toString(),
						occurrence.path("status").asString()));
			assertThat(byStart).as(series.toString())
				.containsExactlyInAnyOrderEntriesOf(Map.of(local.toInstant().toString(), "CONFIRMED",
						local.plusWeeks(1).toInstant().toString(), "CONFIRMED", thirdWeek.toString(), "REJECTED",
						local.plusWeeks(3).toInstant().toString(), "CONFIRMED"));
		});
		Answer settled = Gateway.get("/api/v2/bookings/series/" + seriesId, Tokens.admin());
		settled.json().path("occurrences").forEach(occurrence -> {
			JsonNode booking = Storefront.booking(occurrence.path("id").asString(), Tokens.admin());
			assertThat(booking.path("pricing").path("finalPriceCents").asLong())
				.as("occurrence %s keeps the price quoted for its start",
						occurrence.path("scheduledDateTime").asString())
				.isEqualTo(quotedByStart.get(Instant.parse(booking.path("scheduledDateTime").asString()).toString()));
		});
		for (int week : new int[] { 0, 1, 3 }) {
			Instant occurrence = local.plusWeeks(week).toInstant();
			assertThat(Storefront.slots(RON, provider, occurrence, occurrence.plusSeconds(3600)))
				.as("week %d taken by the series", week)
				.noneMatch(slot -> Instant.parse(slot.path("start").asString()).equals(occurrence));
		}
		Answer asGuest = Gateway.get("/api/v2/bookings/series/" + seriesId, guest);
		assertThat(asGuest.status()).as("the guest reads the series it booked: " + asGuest).isEqualTo(200);
		FleetInvariants.hold();
	}

}
