package org.bookingfleet.booking.bookings.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.quote.SignedQuotes;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class GroupBookingIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	BookingSettings settings;

	private static final List<Map<String, Object>> THREE = List.of(
			Map.of("name", "Sam Patel", "email", "sam@example.co.uk", "requirements",
					List.of(Map.of("type", "WHEELCHAIR_ACCESS", "priority", "CRITICAL", "details",
							"ground floor room"))),
			Map.of("name", "Jo Reed", "requirements", List.of(Map.of("type", "DIETARY", "priority", "STANDARD"))),
			Map.of("name", "Kim Lee"));

	private Map<String, Object> groupRequest(String service, List<Map<String, Object>> attendees) {
		BookingFixtures.Slot slot = fixtures.hold(service, fixtures.provider(), Instant.now().plus(Duration.ofDays(10)),
				attendees.size());
		String quote = SignedQuotes.sign(settings.keys().get(0), SignedQuotes.claims("q-" + UUID.randomUUID(), service,
				slot.start(), attendees.size(), null, 3 * 9_900, 0, Instant.now().plus(Duration.ofMinutes(15))));
		Map<String, Object> body = new HashMap<>(fixtures.request(slot, quote));
		body.put("attendees", attendees);
		return body;
	}

	@Test
	void groupBooksOneSeatPerAttendeeAndKeepsTheirRequirements() {
		String course = fixtures.service(12, "COURSE");

		web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(groupRequest(course, THREE))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.seats")
			.isEqualTo(3)
			.jsonPath("$.attendees[0].requirements[0].priority")
			.isEqualTo("CRITICAL")
			.jsonPath("$.attendees[1].requirements[0].type")
			.isEqualTo("DIETARY")
			.jsonPath("$.attendees[2].name")
			.isEqualTo("Kim Lee");
	}

	@Test
	void groupLargerThanTheSessionIsRefusedWithTheField() {
		String smallCourse = fixtures.service(2, "COURSE");

		web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(groupRequest(smallCourse, THREE))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("attendees");
	}

	@Test
	void unknownRequirementPriorityIsRefusedWithItsPath() {
		String course = fixtures.service(12, "COURSE");
		List<Map<String, Object>> urgent = List
			.of(Map.of("name", "Sam Patel", "requirements", List.of(Map.of("type", "DIETARY", "priority", "URGENT"))));

		web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(groupRequest(course, urgent))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("attendees[0].requirements[0].priority");
	}

}
