package org.bookingfleet.sandbox.stripe.account;

import java.security.SecureRandom;

/**
 * Object ids in Stripe's style: a type prefix and 24 random letters and digits
 * ({@code pi_3Pq…}).
 */
final class StripeIds {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final SecureRandom RANDOM = new SecureRandom();

	private StripeIds() {
	}

	static String next(String prefix) {
		return prefix + "_" + random(24);
	}

	static String random(int length) {
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

}
