package org.bookingfleet.fleettests.journeys;

import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.fleettests.fleet.FleetExtension;

/**
 * The text messages (SMS) the fleet sent, as the messaging API of the partner sandbox
 * received them.
 */
final class TextMessages {

	private TextMessages() {
	}

	/** The texts sent to the number, each its decoded body. */
	static List<String> to(String phone) {
		return FleetExtension.fleet()
			.partners()
			.calls()
			.stream()
			.filter(call -> call.path().startsWith("/twilio/") && call.path().endsWith("/Messages.json"))
			.map(call -> form(call.body()))
			.filter(form -> phone.equals(form.get("To")))
			.map(form -> form.getOrDefault("Body", ""))
			.toList();
	}

	static String awaitOne(String phone, String part, Duration limit) {
		return await("a text to " + phone + " saying " + part).atMost(limit)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> to(phone).stream().filter(text -> text.contains(part)).findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private static Map<String, String> form(String body) {
		Map<String, String> fields = new HashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return fields;
	}

}
