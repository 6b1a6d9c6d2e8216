package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import tools.jackson.databind.JsonNode;

/**
 * The email the fleet sent, read the way a person reads it: from the partner sandbox's
 * {@code /sandbox/emails} and each attached file from the link the listing gives, as the
 * bytes the customer got.
 */
final class SentEmails {

	/** A file as served: its content type and bytes. */
	record Download(int status, String contentType, byte[] bytes) {
	}

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SentEmails() {
	}

	/** The emails to the recipient, as the sandbox lists them. */
	static List<JsonNode> to(String recipient) {
		Download listing = download(sandbox().resolve("/sandbox/emails"), Map.of());
		assertThat(listing.status()).as("GET /sandbox/emails").isEqualTo(200);
		List<JsonNode> emails = new ArrayList<>();
		Json.MAPPER.readTree(listing.bytes()).forEach(email -> {
			for (JsonNode to : email.path("to")) {
				if (addressOf(to.asString()).equalsIgnoreCase(recipient)) {
					emails.add(email);
					return;
				}
			}
		});
		return emails;
	}

	/**
	 * The address of a recipient as mail writes it ({@code Name <address>} or the address
	 * alone): an address that only contains another (attendee1-a@x beside a@x) is another
	 * person's.
	 */
	private static String addressOf(String recipient) {
		int open = recipient.lastIndexOf('<');
		int close = recipient.lastIndexOf('>');
		return (open >= 0 && close > open) ? recipient.substring(open + 1, close).strip() : recipient.strip();
	}

	/**
	 * The first email to the recipient whose subject holds {@code subjectPart}, once it
	 * arrived.
	 */
	static JsonNode awaitOne(String recipient, String subjectPart, Duration limit) {
		return await("an email to " + recipient + " about " + subjectPart).atMost(limit)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> to(recipient).stream()
				.filter(email -> email.path("subject").asString().contains(subjectPart))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	/** The attached file of that name, followed from the email's listing. */
	static Download attachment(JsonNode email, String name) {
		JsonNode file = null;
		for (JsonNode candidate : email.path("attachmentFiles")) {
			if (candidate.path("name").asString().equals(name)) {
				file = candidate;
			}
		}
		assertThat(file).as("%s attached to %s", name, email).isNotNull();
		return download(sandbox().resolve(file.path("href").asString()), Map.of());
	}

	static Download download(URI uri, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
		headers.forEach(request::header);
		try {
			HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException("GET " + uri + " failed: " + e, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	private static URI sandbox() {
		return FleetExtension.fleet().partners().emailSandbox();
	}

}
