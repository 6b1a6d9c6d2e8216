package org.bookingfleet.pricing.engine;

import java.util.Objects;
import java.util.Optional;
import org.bookingfleet.pricing.promo.PromoRefusal;

/** Why no price can be given, with the request field at fault where there is one. */
public record PricingRefusal(Reason reason, Optional<PromoRefusal> promoRefusal, String message) {

	public enum Reason {

		SERVICE_INACTIVE(null), ATTENDEES_OUT_OF_RANGE("attendees"), DURATION_NOT_OFFERED("durationMinutes"),
		START_IN_THE_PAST("scheduledDateTime"), NOTICE_TOO_SHORT("scheduledDateTime"),
		BEYOND_BOOKING_HORIZON("scheduledDateTime"), OUTSIDE_SERVICE_HOURS("scheduledDateTime"),
		LOCATION_REQUIRED("address"), OUT_OF_SERVICE_AREA("address"), PROMO_INVALID("promoCode");

		private final String field;

		Reason(String field) {
			this.field = field;
		}

		public Optional<String> field() {
			return Optional.ofNullable(field);
		}

	}

	public PricingRefusal {
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(message, "message");
		promoRefusal = promoRefusal == null ? Optional.empty() : promoRefusal;
	}

	public static PricingRefusal of(Reason reason, String message) {
		return new PricingRefusal(reason, Optional.empty(), message);
	}

	public static PricingRefusal promo(PromoRefusal why, String code) {
		return new PricingRefusal(Reason.PROMO_INVALID, Optional.of(why), "promo code " + code + ": " + why);
	}
}
