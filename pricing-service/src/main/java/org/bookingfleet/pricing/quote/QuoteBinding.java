package org.bookingfleet.pricing.quote;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.bookingfleet.pricing.promo.PromoCode;

/**
 * What a quote's price depends on besides its figures, so the booking that uses it can
 * hold the customer to it: the address it was priced for (its key, in the fleet's one
 * written form), the customer a promo code was checked for, and the promo code's
 * redemption limits, which the booking service enforces when it books.
 */
public record QuoteBinding(Optional<String> address, Optional<String> customerEmail, OptionalLong promoTotalLimit,
		OptionalLong promoPerCustomerLimit) {

	public QuoteBinding {
		address = address == null ? Optional.empty() : address;
		customerEmail = customerEmail == null ? Optional.empty() : customerEmail.map(QuoteBinding::customerKey);
		promoTotalLimit = promoTotalLimit == null ? OptionalLong.empty() : promoTotalLimit;
		promoPerCustomerLimit = promoPerCustomerLimit == null ? OptionalLong.empty() : promoPerCustomerLimit;
	}

	/** Bound to nothing: no address, no customer, no promo. */
	public static QuoteBinding none() {
		return new QuoteBinding(Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
	}

	/**
	 * A quote priced for this address key and customer, with the limits of the promo code
	 * it applied, if any.
	 */
	public static QuoteBinding of(Optional<String> addressKey, Optional<String> customerEmail,
			Optional<PromoCode> appliedPromo) {
		return new QuoteBinding(addressKey, customerEmail,
				appliedPromo.map(PromoCode::totalLimit).orElse(OptionalLong.empty()),
				appliedPromo.map(PromoCode::perCustomerLimit).orElse(OptionalLong.empty()));
	}

	/**
	 * The form a customer's email is compared and counted in: trimmed and lower-cased.
	 */
	public static String customerKey(String email) {
		return Objects.requireNonNull(email, "email").trim().toLowerCase(Locale.ROOT);
	}

	void writeInto(TokenClaims claims) {
		claims.with("address", address.orElse(null)).with("customerEmail", customerEmail.orElse(null));
		limit(claims, "promoTotalLimit", promoTotalLimit);
		limit(claims, "promoPerCustomerLimit", promoPerCustomerLimit);
	}

	/**
	 * No binding when none of its claims is there (a token signed before quotes carried
	 * them); malformed when only some are, or one is of the wrong kind.
	 */
	static Optional<QuoteBinding> readFrom(TokenClaims claims) {
		if (!claims.has("address") && !claims.has("customerEmail") && !claims.has("promoTotalLimit")
				&& !claims.has("promoPerCustomerLimit")) {
			return Optional.empty();
		}
		return Optional.of(new QuoteBinding(text(claims, "address"), text(claims, "customerEmail"),
				limit(claims, "promoTotalLimit"), limit(claims, "promoPerCustomerLimit")));
	}

	private static void limit(TokenClaims claims, String name, OptionalLong limit) {
		if (limit.isPresent()) {
			claims.with(name, limit.getAsLong());
		}
		else {
			claims.with(name, (String) null);
		}
	}

	private static Optional<String> text(TokenClaims claims, String name) {
		if (claims.isNull(name)) {
			return Optional.empty();
		}
		return Optional.of(claims.string(name).orElseThrow(() -> new IllegalArgumentException(name)));
	}

	private static OptionalLong limit(TokenClaims claims, String name) {
		if (claims.isNull(name)) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(claims.number(name).orElseThrow(() -> new IllegalArgumentException(name)));
	}
}
