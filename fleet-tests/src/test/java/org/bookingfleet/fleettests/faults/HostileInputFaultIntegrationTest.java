package org.bookingfleet.fleettests.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetDatabases;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;

/**
 * Every public endpoint that takes a body or a parameter gets broken, oversized,
 * mistyped, huge, negative, injected, non-UTF-8 and out-of-range input, NUL characters,
 * unbounded dates, negative ids, oversize fields and duplicate keys. Each answer must be
 * a 4xx in the error envelope (never a 5xx) with the security headers, and nothing may be
 * stored: rows are counted before and after.
 */
@WithFleet
class HostileInputFaultIntegrationTest {

	private static final String SQL = "x'); drop table booking; --";

	private static final List<String> DATES = List.of("0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
			"9999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z", "2026-02-30T10:00:00Z", "yesterday");

	record Target(String method, String path, Caller caller) {
	}

	@Test
	void hostileInputGetsAFourHundredEnvelopeEverywhereAndStoresNothing() {
		FleetInvariants.hold();
		long provider = Storefront.openProvider(Storefront.RON, Storefront.RON_ZONE);
		FleetInvariants.hold();
		Instant before = Instant.now();
		Map<String, Long> stored = storedSince(before);
		Map<String, Long> rows = rowsOfWhatHostileInputOnceStored();
		UUID unknown = UUID.randomUUID();

		List<Target> bodies = List.of(new Target("POST", "/api/v2/services/pricing", Caller.ANONYMOUS),
				new Target("POST", "/api/v2/availability/hold", Caller.ANONYMOUS),
				new Target("POST", "/api/v2/bookings", Caller.ANONYMOUS),
				new Target("PUT", "/api/v2/bookings/" + unknown, Tokens.admin()),
				new Target("POST", "/api/v2/waitlist", Caller.ANONYMOUS),
				new Target("POST", "/api/v2/payments/intent", Tokens.admin()),
				new Target("POST", "/api/v2/payments/confirm", Tokens.admin()),
				new Target("POST", "/api/v2/payments/" + unknown + "/refunds", Tokens.admin()),
				new Target("POST", "/api/v2/bookings/" + unknown + "/transitions", Tokens.admin()),
				new Target("PUT", "/api/v2/providers/" + provider + "/schedule", Tokens.admin()),
				new Target("POST", "/api/v2/providers/" + provider + "/time-off", Tokens.admin()),
				new Target("PUT", "/api/v2/bookings/terms/" + provider, Tokens.admin()),
				new Target("PUT", "/api/v2/providers/-1/schedule", Tokens.admin()),
				new Target("POST", "/api/v2/providers/-1/time-off", Tokens.admin()),
				new Target("POST", "/api/v2/promo-codes", Tokens.admin()),
				new Target("POST", "/api/v2/webhooks/stripe", Caller.ANONYMOUS),
				new Target("POST", "/api/v2/webhooks/ghl", Caller.ANONYMOUS),
				new Target("POST", "/api/v2/webhooks/proof", Caller.ANONYMOUS));

		SoftAssertions softly = new SoftAssertions();
		for (Target target : bodies) {
			for (Map.Entry<String, byte[]> body : hostileBodies(provider).entrySet()) {
				Answer answer = Gateway.send(target.method(), target.path(), target.caller(), body.getValue(),
						Map.of("Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()));
				expectRefusal(softly, body.getKey(), answer);
			}
			Answer plain = Gateway.send(target.method(), target.path(), target.caller(),
					"serviceId=x".getBytes(StandardCharsets.UTF_8),
					Map.of("Content-Type", "text/plain", "Idempotency-Key", UUID.randomUUID().toString()));
			expectRefusal(softly, "text/plain body", plain);
		}
		for (String path : hostileReads(provider)) {
			Answer answer = Gateway.get(path, Caller.ANONYMOUS);
			expectRefusal(softly, "read", answer);
		}
		expectRefusal(softly, "a request line over the limit",
				Gateway.get("/api/v2/services?q=" + "a".repeat(10_000), Caller.ANONYMOUS));
		expectRefusal(softly, "headers over the limit", Gateway.send("GET", "/api/v2/services", Caller.ANONYMOUS, null,
				Map.of("X-Padding", "a".repeat(20_000))));
		for (String path : List.of("/api/v2/bookings/" + SQL.replace(" ", "%20"), "/api/v2/bookings/" + unknown,
				"/api/v2/availability/hold/not-a-hold", "/api/v2/waitlist/%27%20or%201=1")) {
			expectRefusal(softly, "delete", Gateway.delete(path, Caller.ANONYMOUS));
		}
		FleetInvariants.hold();
		softly.assertThat(storedSince(before)).as("rows stored by hostile requests").isEqualTo(stored);
		softly.assertThat(rowsOfWhatHostileInputOnceStored())
			.as("rows of what hostile input once stored")
			.isEqualTo(rows);
		softly.assertAll();
	}

	private static void expectRefusal(SoftAssertions softly, String what, Answer answer) {
		softly.assertThat(answer.status()).as(what + ": " + answer).isBetween(400, 499);
		softly.assertThat(answer.errorCode()).as(what + ": envelope of " + answer).isNotBlank();
		softly.assertThat(answer.headers().firstValue("X-Content-Type-Options"))
			.as(what + ": nosniff on " + answer)
			.hasValue("nosniff");
		softly.assertThat(answer.headers().firstValue("X-Frame-Options"))
			.as(what + ": frame options on " + answer)
			.hasValue("DENY");
		softly.assertThat(answer.headers().firstValue("Content-Security-Policy"))
			.as(what + ": CSP on " + answer)
			.isPresent();
	}

	/**
	 * Every row of the tables where hostile input was once stored: providers, schedules,
	 * time off, waitlist, promos, webhooks.
	 */
	private static Map<String, Long> rowsOfWhatHostileInputOnceStored() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("pricing.promo_code", "availability.provider", "availability.provider_service",
				"availability.time_off", "booking.booking", "booking.booking_audit", "booking.waitlist_entry",
				"booking.provider_terms", "payment.payment", "integration.partner_webhook")) {
			String[] name = table.split("\\.");
			counts.put(table, FleetDatabases.count(name[0], "select count(*) from " + name[1]));
		}
		return counts;
	}

	private static Map<String, byte[]> hostileBodies(long provider) {
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		bodies.put("malformed JSON", utf8("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"start\": "));
		bodies.put("a JSON array", utf8("[1, 2, 3]"));
		bodies.put("JSON null", utf8("null"));
		bodies.put("empty body", new byte[0]);
		bodies.put("oversized JSON", utf8("{\"customerName\": \"" + "A".repeat(400_000) + "\"}"));
		bodies.put("deeply nested JSON", utf8("[".repeat(5000) + "]".repeat(5000)));
		bodies.put("wrong types",
				utf8("{\"serviceId\": 42, \"providerId\": \"many\", \"start\": true, \"seats\": [1],"
						+ " \"bookingId\": 7, \"amountCents\": \"lots\", \"timeZone\": 5, \"attendees\": \"x\","
						+ " \"scheduledDateTime\": {}, \"status\": 1, \"paymentIntentId\": [] }"));
		bodies.put("huge numbers",
				utf8("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"providerId\": 1e400,"
						+ " \"start\": \"2026-12-01T15:00:00Z\", \"seats\": 99999999999999999999999,"
						+ " \"attendees\": 2147483648, \"amountCents\": 9223372036854775808, \"count\": 1e308}"));
		bodies.put("negative amounts", utf8("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"providerId\": " + provider
				+ ", \"start\": \"2026-12-01T15:00:00Z\", \"seats\": -1, \"attendees\": -5, \"amountCents\": -100,"
				+ " \"reason\": \"x\", \"minimumNoticeMinutes\": -10, \"horizonDays\": -1}"));
		bodies.put("injection strings", utf8("{\"serviceId\": \"" + SQL.replace("'", "\\u0027") + "\","
				+ " \"providerId\": " + provider + ", \"start\": \"${jndi:ldap://127.0.0.1/x}\", \"seats\": 1,"
				+ " \"customerName\": \"<script>alert(1)</script>\", \"customerEmail\": \"a@b.c' OR '1'='1\","
				+ " \"bookingId\": \"../../etc/passwd\", \"paymentIntentId\": \"pi_1' --\", \"holdId\": \"%00\","
				+ " \"timeZone\": \"../../../etc/localtime\", \"status\": \"CONFIRMED' --\"}"));
		byte[] prefix = utf8("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"customerName\": \"");
		byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
		byte[] suffix = utf8(
				"\", \"providerId\": " + provider + ", \"start\": \"2026-12-01T15:00:00Z\", \"seats\": 1}");
		byte[] invalidUtf8 = new byte[prefix.length + bad.length + suffix.length];
		System.arraycopy(prefix, 0, invalidUtf8, 0, prefix.length);
		System.arraycopy(bad, 0, invalidUtf8, prefix.length, bad.length);
		System.arraycopy(suffix, 0, invalidUtf8, prefix.length + bad.length, suffix.length);
		bodies.put("invalid UTF-8", invalidUtf8);
		bodies
			.put("NUL escaped in text", utf8(("{\"serviceId\": \"hmnp-ron-acknowledgment\\u0000\", \"providerId\": %d,"
					+ " \"start\": \"2026-12-01T15:00:00Z\", \"seats\": 1, \"customerName\": \"Da\\u0000na\","
					+ " \"customerEmail\": \"dana\\u0000@example.com\", \"reason\": \"away\\u0000\","
					+ " \"promoCode\": \"WELCOME\\u000010\", \"code\": \"NUL\\u0000CODE\", \"serviceIds\": [\"a\\u0000\"],"
					+ " \"paymentIntentId\": \"pi_\\u0000\", \"id\": \"evt_\\u0000\", \"type\": \"x\\u0000\"}")
				.formatted(provider)));
		byte[] rawNul = utf8("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"customerName\": \"Da\u0000na\","
				+ " \"reason\": \"away\u0000\", \"code\": \"NUL\u0000\", \"providerId\": " + provider + "}");
		bodies.put("raw NUL byte in text", rawNul);
		bodies.put("an unbounded window",
				utf8(("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"providerId\": %d,"
						+ " \"from\": \"0001-01-01T00:00:00Z\", \"to\": \"9999-12-31T23:59:59Z\","
						+ " \"startsAt\": \"0001-01-01T00:00:00Z\", \"endsAt\": \"9999-12-31T23:59:59Z\","
						+ " \"validFrom\": \"0001-01-01T00:00:00Z\", \"validUntil\": \"9999-12-31T23:59:59Z\","
						+ " \"code\": \"FOREVER%d\", \"percentOff\": 10, \"reason\": \"forever\", \"seats\": 1,"
						+ " \"customerName\": \"Dana\", \"customerEmail\": \"dana@example.com\"}")
					.formatted(provider, provider)));
		bodies.put("negative ids", utf8(("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"providerId\": -1,"
				+ " \"bookingId\": -1, \"seriesId\": -1, \"seats\": 1, \"start\": \"2026-12-01T15:00:00Z\","
				+ " \"startsAt\": \"2026-12-01T15:00:00Z\", \"endsAt\": \"2026-12-01T16:00:00Z\","
				+ " \"from\": \"2026-12-01T15:00:00Z\", \"to\": \"2026-12-01T16:00:00Z\", \"reason\": \"x\","
				+ " \"customerName\": \"Dana\", \"customerEmail\": \"dana@example.com\", \"serviceIds\": [\"-1\"]}")));
		bodies.put("oversize fields",
				utf8(("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"providerId\": %d,"
						+ " \"startsAt\": \"2026-12-01T15:00:00Z\", \"endsAt\": \"2026-12-01T16:00:00Z\","
						+ " \"reason\": \"%s\", \"customerName\": \"%s\", \"customerEmail\": \"%s@example.com\","
						+ " \"code\": \"%s\", \"promoCode\": \"%s\", \"seats\": 1}")
					.formatted(provider, "R".repeat(200_000), "N".repeat(5_000), "e".repeat(5_000), "C".repeat(5_000),
							"P".repeat(5_000))));
		bodies.put("duplicate keys", utf8(("{\"serviceId\": \"other\", \"serviceId\": \"hmnp-ron-acknowledgment\","
				+ " \"providerId\": %d, \"providerId\": %d, \"start\": \"2026-12-01T15:00:00Z\", \"seats\": 1,"
				+ " \"customerName\": \"Dana\", \"customerName\": \"Eve\", \"reason\": \"a\", \"reason\": \"b\"}")
			.formatted(provider, provider)));
		bodies.put("a number for text",
				utf8(("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"providerId\": %d,"
						+ " \"customerName\": 12345, \"customerEmail\": 7, \"reason\": 1, \"code\": 99}")
					.formatted(provider)));
		for (String date : DATES) {
			bodies.put("date " + date,
					utf8(("{\"serviceId\": \"hmnp-ron-acknowledgment\", \"providerId\": %d,"
							+ " \"start\": \"%s\", \"scheduledDateTime\": \"%s\", \"from\": \"%s\", \"to\": \"%s\","
							+ " \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"seats\": 1, \"attendees\": 1,"
							+ " \"customerName\": \"Dana\", \"customerEmail\": \"dana@example.com\"}")
						.formatted(provider, date, date, date, date, date, date)));
		}
		return bodies;
	}

	private static List<String> hostileReads(long provider) {
		List<String> paths = new ArrayList<>();
		String base = "/api/v2/availability?serviceId=hmnp-ron-acknowledgment&providerId=" + provider;
		for (String date : List.of("0001-01-01T00:00:00Z", "%2B999999999-12-31T23:59:59Z", "garbage")) {
			paths.add(base + "&from=" + date + "&to=" + date);
		}
		paths.add(base + "&from=2026-12-01T00:00:00Z&to=9999-12-31T00:00:00Z");
		paths.add("/api/v2/availability?serviceId=hmnp-ron-acknowledgment&providerId=99999999999999999999999"
				+ "&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z");
		paths.add("/api/v2/availability?serviceId=x%27%20or%201=1--&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z");
		paths.add("/api/v2/availability?serviceId=hmnp-ron-acknowledgment&from=2026-12-01T00:00:00Z"
				+ "&to=2026-12-02T00:00:00Z&tz=Mars/Olympus_Mons");
		paths.add("/api/v2/services/x%27%20or%201=1--");
		paths.add("/api/v2/services/pricing?serviceId=hmnp-ron-acknowledgment&scheduledDateTime=garbage&attendees=-3");
		paths.add("/api/v2/services/pricing?serviceId=hmnp-ron-acknowledgment"
				+ "&scheduledDateTime=2026-12-01T15:00:00Z&attendees=99999999999999999999");
		paths.add("/api/v2/bookings/not-a-uuid");
		paths.add("/api/v2/waitlist/not-a-uuid");
		paths.add("/api/v2/invoices/..%2F..%2Fetc%2Fpasswd");
		paths.add("/api/v2/payments/not-a-uuid");
		paths.add("/api/v2/services/x%00y");
		paths.add("/api/v2/availability?serviceId=hmnp-ron-acknowledgment%00&from=2026-12-01T00:00:00Z"
				+ "&to=2026-12-02T00:00:00Z");
		paths.add("/api/v2/availability?serviceId=hmnp-ron-acknowledgment&providerId=-1"
				+ "&from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z");
		paths.add("/api/v2/availability?serviceId=hmnp-ron-acknowledgment&providerId=" + provider
				+ "&from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59Z");
		paths.add("/api/v2/bookings/-1");
		paths.add("/api/v2/invoices/INV-0000-%00");
		return paths;
	}

	/**
	 * Rows created since the instant in the tables that record their creation, per
	 * database and table.
	 */
	private static Map<String, Long> storedSince(Instant since) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String database : List.of("pricing", "availability", "booking", "payment")) {
			List<List<String>> tables = FleetDatabases.rows(database, """
					select table_name from information_schema.columns where table_schema = 'public'
					   and column_name = 'created_at' and table_name <> 'outbox_event' order by table_name""");
			for (List<String> table : tables) {
				counts.put(database + "." + table.get(0),
						FleetDatabases.count(database,
								"select count(*) from " + table.get(0) + " where created_at >= ?",
								java.sql.Timestamp.from(since)));
			}
			counts.put(database + ".outbox_event",
					FleetDatabases.count(database,
							"select count(*) from outbox_event where created_at >= ? and event_type <> 'SlotReleased'",
							java.sql.Timestamp.from(since)));
		}
		return counts;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
