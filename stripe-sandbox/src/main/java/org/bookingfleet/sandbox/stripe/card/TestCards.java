package org.bookingfleet.sandbox.stripe.card;

import java.util.Map;
import java.util.Optional;

import org.bookingfleet.sandbox.stripe.api.StripeError;

/**
 * Stripe's test cards, by number and by the {@code pm_card_*} payment methods Stripe
 * provides for them. Any other well-formed number is declined as Stripe declines a live
 * card in test mode.
 */
public final class TestCards {

	public static final String SUCCEEDS = "4242424242424242";

	public static final String DECLINED = "4000000000000002";

	public static final String INSUFFICIENT_FUNDS = "4000000000009995";

	/** Succeeds, then the cardholder disputes the charge. */
	public static final String DISPUTED = "4000000000000259";

	private static final Map<String, String> PAYMENT_METHODS = Map.of("pm_card_visa", SUCCEEDS, "tok_visa", SUCCEEDS,
			"pm_card_chargeDeclined", DECLINED, "tok_chargeDeclined", DECLINED,
			"pm_card_chargeDeclinedInsufficientFunds", INSUFFICIENT_FUNDS, "tok_chargeDeclinedInsufficientFunds",
			INSUFFICIENT_FUNDS, "pm_card_createDispute", DISPUTED);

	private TestCards() {
	}

	public static Optional<String> numberOfPaymentMethod(String paymentMethodId) {
		return Optional.ofNullable(PAYMENT_METHODS.get(paymentMethodId));
	}

	public static CardCharge charge(String cardNumber) {
		String number = cardNumber == null ? "" : cardNumber.replaceAll("[\\s-]", "");
		if (!number.matches("\\d{12,19}") || !passesLuhn(number)) {
			return new CardCharge.Declined(new StripeError(402, "card_error", "incorrect_number", null,
					"Your card number is incorrect.", "number"));
		}
		return switch (number) {
			case SUCCEEDS, DISPUTED -> new CardCharge.Approved("visa", number.substring(number.length() - 4));
			case DECLINED -> new CardCharge.Declined(new StripeError(402, "card_error", "card_declined",
					"generic_decline", "Your card was declined.", null));
			case INSUFFICIENT_FUNDS -> new CardCharge.Declined(new StripeError(402, "card_error", "card_declined",
					"insufficient_funds", "Your card has insufficient funds.", null));
			default ->
				new CardCharge.Declined(new StripeError(402, "card_error", "card_declined", "test_mode_live_card",
						"Your card was declined. Your request was in test mode, but used a non test card.", null));
		};
	}

	static boolean passesLuhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

}
