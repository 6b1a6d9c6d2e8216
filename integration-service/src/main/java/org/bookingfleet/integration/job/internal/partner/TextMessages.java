package org.bookingfleet.integration.job.internal.partner;

import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.job.Partner;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** SMS and WhatsApp through a Twilio-compatible Messages API; answers the message sid. */
@Component
public class TextMessages {

	private final WebClient web;

	private final PartnerGuard guard;

	private final IntegrationProperties.Messaging settings;

	public TextMessages(PartnerGuards guards, IntegrationProperties properties) {
		this.settings = properties.partners().messaging();
		this.web = guards.webClient(Partner.MESSAGING)
			.baseUrl(settings.baseUrl())
			.defaultHeaders(headers -> headers.setBasicAuth(settings.accountSid(), settings.token()))
			.build();
		this.guard = guards.of(Partner.MESSAGING);
	}

	public Mono<String> send(Channel channel, String to, String text) {
		boolean whatsapp = channel == Channel.WHATSAPP;
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("To", whatsapp ? "whatsapp:" + to : to);
		form.add("From", whatsapp ? "whatsapp:" + settings.whatsappFrom() : settings.smsFrom());
		form.add("Body", text);
		return guard
			.call(web.post()
				.uri("/2010-04-01/Accounts/{sid}/Messages.json", settings.accountSid())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData(form))
				.retrieve()
				.bodyToMono(JsonNode.class))
			.map(answer -> answer.path("sid").asString());
	}

}
