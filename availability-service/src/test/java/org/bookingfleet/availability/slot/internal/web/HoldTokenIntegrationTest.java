package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.IntegrationClient.Answer;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.platform.tokens.HoldClaims;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HoldTokenIntegrationTest extends AvailabilityIntegration {

	@Autowired
	HoldTokens tokens;

	@Test
	void theHoldAnswerCarriesATokenThatVouchesForExactlyThisHold() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("10:00");

		Answer held = client.hold(service, provider, start, 1).toFuture().join();

		assertThat(held.status()).isEqualTo(201);
		HoldClaims claims = tokens.verify((String) held.body().get("holdToken")).orElseThrow();
		assertThat(claims.holdId()).isEqualTo(UUID.fromString((String) held.body().get("holdId")));
		assertThat(claims.providerId()).isEqualTo(provider);
		assertThat(claims.serviceId()).isEqualTo(service);
		assertThat(claims.start()).isEqualTo(start);
		assertThat(claims.end()).isEqualTo(start.plusSeconds(3600));
		assertThat(claims.seats()).isEqualTo(1);
		assertThat(claims.expiresAt()).isEqualTo(Instant.parse((String) held.body().get("expiresAt")));
	}

	@Test
	void theTokenIsNeverInTheHeldEvent() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Answer held = client.hold(service, provider, Scenery.nextMondayAt("11:00"), 1).toFuture().join();
		String token = (String) held.body().get("holdToken");

		String payload = database
			.sql("select convert_from(payload, 'UTF8') from outbox_event where event_type = "
					+ "'SlotHeld' and event_key = :provider")
			.bind("provider", String.valueOf(provider))
			.map(row -> row.get(0, String.class))
			.one()
			.toFuture()
			.join();

		assertThat(payload).contains(held.body().get("holdId").toString())
			.doesNotContain(token)
			.doesNotContain(token.substring(token.lastIndexOf('.') + 1));
		// a customer's own hold, which the booking service passes over (a waitlist
		// offer's says true)
		assertThat(payload).contains("\"forOffer\":false");
	}

	@Test
	void releasingWithoutTheTokenIsABadRequestAndKeepsTheHold() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Answer held = client.hold(service, provider, Scenery.nextMondayAt("12:00"), 1).toFuture().join();

		Answer refused = client.release(held.body().get("holdId"), null).toFuture().join();

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", "X-Hold-Token");
		assertThat(holds(provider)).isEqualTo(1);
	}

	@Test
	void aForgedTokenIsAnsweredLikeAnUnknownHoldAndKeepsTheHold() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("13:00");
		Answer held = client.hold(service, provider, start, 1).toFuture().join();
		UUID holdId = UUID.fromString((String) held.body().get("holdId"));
		String forged = new HoldTokens("c29tZW9uZS1lbHNlcy1rZXktdGhhdC1pcy1sb25nLWVub3VnaC0wMTIz").sign(new HoldClaims(
				holdId, provider, service, start, start.plusSeconds(3600), 1, Instant.now().plusSeconds(300)));

		Answer refused = client.release(holdId, forged).toFuture().join();
		Answer garbled = client.release(holdId, "not-a-token").toFuture().join();

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.error()).containsEntry("code", "NOT_FOUND");
		assertThat(garbled.status()).isEqualTo(404);
		assertThat(holds(provider)).isEqualTo(1);
	}

	@Test
	void anotherHoldsTokenIsAnsweredLikeAnUnknownHoldAndKeepsBothHolds() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Answer mine = client.hold(service, provider, Scenery.nextMondayAt("14:00"), 1).toFuture().join();
		Answer theirs = client.hold(service, provider, Scenery.nextMondayAt("15:00"), 1).toFuture().join();

		Answer refused = client.release(theirs.body().get("holdId"), (String) mine.body().get("holdToken"))
			.toFuture()
			.join();

		assertThat(refused.status()).isEqualTo(404);
		assertThat(holds(provider)).isEqualTo(2);
		assertThat(client.release(theirs.body().get("holdId"), (String) theirs.body().get("holdToken"))
			.toFuture()
			.join()
			.status()).isEqualTo(204);
		assertThat(holds(provider)).isEqualTo(1);
	}

	@Test
	void aSeatHoldIsReleasedWithItsTokenToo() {
		String course = scenery.service(120, 0, 0, 12);
		long trainer = scenery.provider(course);
		Answer held = client.hold(course, trainer, Scenery.nextMondayAt("09:00"), 3).toFuture().join();
		assertThat(tokens.verify((String) held.body().get("holdToken"))).get()
			.extracting(HoldClaims::seats)
			.isEqualTo(3);

		assertThat(client.release(held.body().get("holdId"), null).toFuture().join().status()).isEqualTo(400);
		assertThat(client.release(held.body().get("holdId"), (String) held.body().get("holdToken"))
			.toFuture()
			.join()
			.status()).isEqualTo(204);
		assertThat(scenery.count("select seats_taken from seat_session where provider_id = " + trainer)).isZero();
	}

	private long holds(long provider) {
		return scenery.count("select count(*) from reservation where kind = 'HOLD' and provider_id = " + provider);
	}

}
