package org.bookingfleet.integration.job.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.ErrorTranslation;
import org.bookingfleet.testsupport.HostileJson;

/**
 * Whatever a genuinely signed GoHighLevel or Proof delivery holds, its event is read or
 * refused as the sender's error, never a 500 (a partner retries a 500 for days), and the
 * replay guard always has an event id to keep.
 */
class HostileWebhookProperties {

	@Property(tries = 400)
	void aGoHighLevelDeliveryIsReadOrRefusedAsTheSendersError(@ForAll("goHighLevel") String body) {
		readOrRefuse(body.getBytes(StandardCharsets.UTF_8));
	}

	@Property(tries = 400)
	void aProofDeliveryIsReadOrRefusedAsTheSendersError(@ForAll("proof") String body) {
		readOrRefuse(body.getBytes(StandardCharsets.UTF_8));
	}

	@Property(tries = 200)
	void anyBytesAreReadOrRefusedAsTheSendersError(@ForAll byte[] body) {
		readOrRefuse(body);
	}

	@Provide
	Arbitrary<String> goHighLevel() {
		return HostileJson.bodies(GoHighLevelDelivery.class);
	}

	@Provide
	Arbitrary<String> proof() {
		return Arbitraries.oneOf(HostileJson.bodies(ProofDelivery.class), HostileJson.bodies(ProofDelivery.Data.class)
			.map(data -> "{\"type\":\"transaction.completed\"," + "\"data\":" + data + "}"));
	}

	private static void readOrRefuse(byte[] body) {
		try {
			PartnerEvent event = PartnerEvent.read(body);
			assertThat(event.id()).isNotBlank();
			assertThat(event.type()).isNotBlank();
			event.transaction().ifPresent(transaction -> assertThat(transaction).isNotBlank());
		}
		catch (RuntimeException refused) {
			ApiException answer = ErrorTranslation.translate(refused);
			assertThat(answer.status().is4xxClientError()).as("answered %s", answer.status()).isTrue();
		}
	}

	/** The members a GoHighLevel delivery is read by, and some it carries. */
	record GoHighLevelDelivery(String id, String event_id, String webhookId, String type, String event,
			String event_type, String contactId, String locationId) {
	}

	/**
	 * The members a Proof delivery is read by: a completed notarization names its
	 * transaction.
	 */
	record ProofDelivery(String id, String type, String event, String event_type, String transaction_id, Data data) {

		record Data(String transaction_id, String id, String status) {
		}
	}

}
