package org.bookingfleet.integration.job.internal.partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.job.CrmStage;
import org.bookingfleet.integration.job.Partner;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** The GoHighLevel (LeadConnector v2) calls a booking needs. */
@Component
public class GoHighLevel {

	private final WebClient web;

	private final PartnerGuard guard;

	private final IntegrationProperties.GoHighLevel settings;

	public GoHighLevel(PartnerGuards guards, IntegrationProperties properties) {
		this.settings = properties.partners().gohighlevel();
		this.web = guards.webClient(Partner.GOHIGHLEVEL)
			.baseUrl(settings.baseUrl())
			.defaultHeader("Authorization", "Bearer " + settings.token())
			.defaultHeader("Version", "2021-07-28")
			.build();
		this.guard = guards.of(Partner.GOHIGHLEVEL);
	}

	/** Creates or finds the contact by email; answers its id. */
	public Mono<String> upsertContact(BookingSnapshot booking) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("locationId", settings.locationId());
		body.put("name", booking.customer().name());
		body.put("email", booking.customer().email());
		booking.customer().phone().ifPresent(phone -> body.put("phone", phone));
		body.put("source", "booking " + booking.bookingId());
		return guard.call(web.post().uri("/contacts/upsert").bodyValue(body).retrieve().bodyToMono(JsonNode.class))
			.map(answer -> answer.path("contact").path("id").asString())
			.filter(id -> !id.isEmpty())
			.switchIfEmpty(Mono.error(new IllegalStateException("contact upsert answered no contact id")));
	}

	public Mono<Void> tag(String contactId, List<String> tags) {
		return guard
			.call(web.post()
				.uri("/contacts/{id}/tags", contactId)
				.bodyValue(Map.of("tags", tags))
				.retrieve()
				.toBodilessEntity())
			.then();
	}

	public Mono<Void> startWorkflow(String contactId) {
		return guard
			.call(web.post()
				.uri("/contacts/{id}/workflow/{workflow}", contactId, settings.workflowId())
				.bodyValue(Map.of())
				.retrieve()
				.toBodilessEntity())
			.then();
	}

	public Mono<Void> moveOpportunity(String contactId, BookingSnapshot booking, CrmStage stage) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("locationId", settings.locationId());
		body.put("pipelineId", settings.pipelineId());
		body.put("contactId", contactId);
		body.put("pipelineStageId", settings.stages().getOrDefault(stage.name(), stage.name().toLowerCase()));
		body.put("name", booking.serviceName() + " " + booking.bookingId());
		body.put("status", switch (stage) {
			case CONFIRMED -> "open";
			case CANCELLED -> "lost";
			case COMPLETED -> "won";
		});
		return guard.call(web.post().uri("/opportunities/upsert").bodyValue(body).retrieve().toBodilessEntity()).then();
	}

}
