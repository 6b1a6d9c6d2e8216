package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookingfleet.fleettests.api.Storefront.COURSE;
import static org.bookingfleet.fleettests.api.Storefront.COURSE_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A course booked by a Spanish speaker for three: each attendee hears in the buyer's
 * language, by their own email with the invitation.
 */
@WithFleet
class CourseMessagesIntegrationTest {

	@Test
	void everyAttendeeOfACourseGetsTheirOwnConfirmationInTheBuyersLanguage() {
		long trainer = Storefront.openProvider(COURSE, COURSE_ZONE);
		Storefront.payAtAppointment(trainer);
		Instant start = Storefront.firstSlot(COURSE, trainer, COURSE_ZONE, 9);
		String buyer = Storefront.newEmail("comprador");
		Map<String, String> people = Map.of(buyer, "Carla Ruiz", Storefront.newEmail("ana"), "Ana Díaz",
				Storefront.newEmail("ben"), "Ben Ortiz");
		Held held = Storefront.held(COURSE, trainer, start, 3);
		String quoteToken = Storefront.quote(COURSE, start, 3, buyer).path("quoteToken").asString();
		ObjectNode request = Storefront.request(COURSE, held, quoteToken, buyer, 3);
		// the buyer comes too: one mail to their address, greeting them by their name
		request.put("customerName", "Carla Ruiz");
		ArrayNode attendees = request.putArray("attendees");
		people.forEach((email, name) -> attendees.addObject().put("name", name).put("email", email));
		request.put("language", "es-AR");
		request.putArray("channels").add("EMAIL").add("WHATSAPP");

		Answer created = Storefront.book(request, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as(created.toString()).isIn(201, 202);
		assertThat(created.json().path("language").asString()).isEqualTo("es-AR");
		Storefront.awaitStatus(created.field("id"), Caller.guest(created.field("accessToken")), "CONFIRMED");

		people.forEach((email, name) -> {
			JsonNode confirmation = SentEmails.awaitOne(email, "está confirmado", Duration.ofSeconds(60));
			assertThat(confirmation.path("text").asString()).as(email).startsWith("Hola " + name + ":");
			assertThat(confirmation.path("attachments").toString()).as(email).contains("invite.ics");
			assertThat(SentEmails.to(email)).as("one confirmation to " + email)
				.filteredOn(mail -> mail.path("subject").asString().contains("está confirmado"))
				.hasSize(1);
		});
		FleetInvariants.hold();
	}

}
