package org.bookingfleet.booking.quote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs quote tokens the way the pricing service does, for tests of the booking side. */
public final class SignedQuotes {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private SignedQuotes() {
	}

	public static String sign(QuoteKey key, String claimsJson) {
		String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + key.id() + "\"}";
		String input = encode(header) + "." + encode(claimsJson);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
			return input + "." + ENCODER.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String claims(String quoteId, String serviceId, Instant scheduledAt, int attendees, String promoCode,
			long finalPriceCents, long depositCents, Instant expiresAt) {
		return "{\"quoteId\":\"" + quoteId + "\",\"serviceId\":\"" + serviceId + "\",\"currency\":\"USD\","
				+ "\"scheduledAt\":\"" + scheduledAt + "\",\"attendees\":" + attendees + ",\"durationMinutes\":60,"
				+ "\"promoCode\":" + (promoCode == null ? "null" : "\"" + promoCode + "\"") + ","
				+ "\"basePriceCents\":" + finalPriceCents + ",\"travelFeeCents\":0,\"timeSurchargeCents\":0,"
				+ "\"emergencyFeeCents\":0,\"promoDiscountCents\":0,\"taxesCents\":0," + "\"finalPriceCents\":"
				+ finalPriceCents + ",\"depositRequiredCents\":" + depositCents + "," + "\"iat\":"
				+ expiresAt.minusSeconds(1800).getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond() + "}";
	}

	/**
	 * An occurrence as a series quote prices it: a base line, a weekend line when
	 * {@code weekendCents} is not zero.
	 */
	public record Priced(Instant start, long baseCents, long weekendCents, long depositCents) {
		long totalCents() {
			return baseCents + weekendCents;
		}
	}

	/**
	 * The claims of a series quote as the pricing service writes them: the first
	 * occurrence's figures on top, then the recurrence ({@code count} or {@code until},
	 * the other null) and every occurrence with its own lines.
	 */
	public static String seriesClaims(String quoteId, String serviceId, String frequency, Integer count, String until,
			List<Priced> occurrences, Instant expiresAt) {
		Priced first = occurrences.get(0);
		StringBuilder json = new StringBuilder("{\"quoteId\":\"" + quoteId + "\",\"serviceId\":\"" + serviceId + "\","
				+ "\"currency\":\"USD\",\"scheduledAt\":\"" + first.start()
				+ "\",\"attendees\":1,\"durationMinutes\":60," + "\"promoCode\":null," + figures(first) + ",\"iat\":"
				+ expiresAt.minusSeconds(1800).getEpochSecond() + ",\"exp\":" + expiresAt.getEpochSecond()
				+ ",\"recurrence\":{\"frequency\":\"" + frequency + "\",\"count\":" + count + ",\"until\":"
				+ (until == null ? "null" : "\"" + until + "\"") + "},\"occurrences\":[");
		for (int n = 0; n < occurrences.size(); n++) {
			Priced occurrence = occurrences.get(n);
			json.append(n == 0 ? "" : ",")
				.append("{\"scheduledAt\":\"")
				.append(occurrence.start())
				.append("\",")
				.append(figures(occurrence))
				.append(",\"breakdown\":[")
				.append("{\"code\":\"BASE\",\"label\":\"Mobile notary\",\"amountCents\":")
				.append(occurrence.baseCents())
				.append(",\"rule\":\"base.fixed/v1\"}");
			if (occurrence.weekendCents() != 0) {
				json.append(",{\"code\":\"WEEKEND\",\"label\":\"Weekend surcharge\",\"amountCents\":")
					.append(occurrence.weekendCents())
					.append(",\"rule\":\"surcharge.weekend/v1\"}");
			}
			if (occurrence.depositCents() != 0) {
				json.append(",{\"code\":\"DEPOSIT\",\"label\":\"Deposit\",\"amountCents\":")
					.append(occurrence.depositCents())
					.append(",\"rule\":\"deposit.fixed/v1\"}");
			}
			json.append("]}");
		}
		return json.append("]}").toString();
	}

	private static String figures(Priced occurrence) {
		return "\"basePriceCents\":" + occurrence.baseCents() + ",\"travelFeeCents\":0,\"timeSurchargeCents\":"
				+ occurrence.weekendCents() + ",\"emergencyFeeCents\":0,\"promoDiscountCents\":0,\"taxesCents\":0,"
				+ "\"finalPriceCents\":" + occurrence.totalCents() + ",\"depositRequiredCents\":"
				+ occurrence.depositCents();
	}

	private static String encode(String json) {
		return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
