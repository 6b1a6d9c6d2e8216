package org.bookingfleet.fleettests.api;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The local Stripe, reached as a browser reaches Stripe: it confirms an intent with the
 * client secret and a card.
 */
public final class StripeSandbox {

	public static final URI BASE = URI.create("http://localhost:8090");

	private StripeSandbox() {
	}

	public static Answer confirmWithCard(String paymentIntentId, String clientSecret, String cardNumber) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("client_secret", clientSecret);
		form.put("payment_method_data[type]", "card");
		form.put("payment_method_data[card][number]", cardNumber);
		form.put("payment_method_data[card][exp_month]", "12");
		form.put("payment_method_data[card][exp_year]", "2034");
		form.put("payment_method_data[card][cvc]", "123");
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return Gateway.send(BASE.resolve("/v1/payment_intents/" + paymentIntentId + "/confirm"), "POST",
				Caller.ANONYMOUS, body.getBytes(StandardCharsets.UTF_8),
				Map.of("Content-Type", "application/x-www-form-urlencoded"));
	}

}
