package org.bookingfleet.payment.billing.intent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who may see a booking's payment, by the booking service's own rule: an admin, the
 * signed-in customer who booked it (the token subject the booking recorded as its owner,
 * {@code ownerSubject} of the booking events), or a guest holding the booking's private
 * access token (compared by its SHA-256 digest, which is all the payment service is
 * told). The customer's email names nobody: a token whose subject equals a guest's email
 * owns nothing. A booking announced without an owner by an older producer is reachable by
 * admins only.
 */
public final class BookingOwnership {

	private BookingOwnership() {
	}

	public static boolean allows(boolean admin, String subject, String accessToken, String ownerSubject,
			String accessTokenDigest) {
		if (admin) {
			return true;
		}
		if (subject != null && subject.equals(ownerSubject)) {
			return true;
		}
		return accessToken != null && accessTokenDigest != null
				&& MessageDigest.isEqual(digest(accessToken).getBytes(StandardCharsets.US_ASCII),
						accessTokenDigest.getBytes(StandardCharsets.US_ASCII));
	}

	static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
