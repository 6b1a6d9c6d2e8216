package org.bookingfleet.integration.job.internal.partner;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.job.Partner;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Remote online notarization at Proof: one transaction per booking, its signer link kept
 * for the customer.
 */
@Component
public class Proof {

	public record Session(String transactionId, String signerLink) {
	}

	private final WebClient web;

	private final PartnerGuard guard;

	public Proof(PartnerGuards guards, IntegrationProperties properties) {
		IntegrationProperties.Endpoint settings = properties.partners().proof();
		this.web = guards.webClient(Partner.PROOF)
			.baseUrl(settings.baseUrl())
			.defaultHeader("ApiKey", settings.token())
			.build();
		this.guard = guards.of(Partner.PROOF);
	}

	public Mono<Session> createTransaction(BookingSnapshot booking) {
		String[] names = booking.customer().name().trim().split("\\s+", 2);
		Map<String, Object> signer = new LinkedHashMap<>();
		signer.put("email", booking.customer().email());
		signer.put("first_name", names[0]);
		signer.put("last_name", names.length > 1 ? names[1] : names[0]);
		booking.customer().phone().ifPresent(phone -> signer.put("phone", phone));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("signer", signer);
		body.put("external_id", booking.bookingId().toString());
		body.put("transaction_name", booking.serviceName());
		body.put("activation_time", booking.start().toString());
		return guard.call(web.post().uri("/v1/transactions").bodyValue(body).retrieve().bodyToMono(JsonNode.class))
			.map(answer -> new Session(answer.path("id").asString(),
					answer.path("signing_link").asString(answer.path("transaction_access_link").asString())))
			.filter(session -> !session.transactionId().isEmpty())
			.switchIfEmpty(Mono.error(new IllegalStateException("Proof answered no transaction id")));
	}

	/**
	 * Recalls the transaction, so the signer's link no longer opens a session. A
	 * transaction Proof no longer has (404, 410) is as good as recalled.
	 */
	public Mono<Void> recall(String transactionId, String reason) {
		return guard
			.call(web.post()
				.uri(uri -> uri.path("/v1/transactions/{id}/recall").queryParam("reason", reason).build(transactionId))
				.retrieve()
				.toBodilessEntity())
			.then()
			.onErrorResume(WebClientResponseException.class,
					e -> e.getStatusCode().value() == 404 || e.getStatusCode().value() == 410 ? Mono.empty()
							: Mono.error(e));
	}

}
