package org.bookingfleet.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class ErrorEnvelopeIntegrationTest {

	@Autowired
	WebTestClient web;

	@Test
	void malformedJsonIs400InTheEnvelope() {
		this.web.post()
			.uri("/entries")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"account\": ")
			.header("X-Request-Id", "req-malformed")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueEquals("X-Request-Id", "req-malformed")
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("MALFORMED_REQUEST")
			.jsonPath("$.error.requestId")
			.isEqualTo("req-malformed")
			.jsonPath("$.error.timestamp")
			.exists();
	}

	@Test
	void wrongTypeOfAFieldIs400NamingTheField() {
		this.web.post()
			.uri("/entries")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"account\":\"a\",\"note\":\"n\",\"amountCents\":\"many\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("amountCents");
	}

	@Test
	void wrongContentTypeIs415() {
		this.web.post()
			.uri("/entries")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("account=a")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNSUPPORTED_MEDIA_TYPE");
	}

	@Test
	void bodyOverTheLimitIs413() {
		this.web.post()
			.uri("/entries")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"account\":\"a\",\"note\":\"" + "x".repeat(4096) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("PAYLOAD_TOO_LARGE");
	}

	@Test
	void unknownPathIs404InTheEnvelopeWithARequestId() {
		this.web.get()
			.uri("/nowhere")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("NOT_FOUND")
			.jsonPath("$.error.requestId")
			.isNotEmpty();
	}

}
