package org.bookingfleet.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * What the booking page needs to know at run time: where the browser confirms a card
 * payment (Stripe's API, or the local Stripe sandbox) and Stripe's publishable key, which
 * switches the page to Stripe Elements.
 */
@ConfigurationProperties("fleet.page")
public record PageSettings(@DefaultValue("http://localhost:8090") String stripeApiBase,
		@DefaultValue("") String stripePublishableKey) {

	public static final String STRIPE_JS = "https://js.stripe.com";

	public boolean usesStripeElements() {
		return StringUtils.hasText(this.stripePublishableKey);
	}

	/**
	 * The content security policy of every answer: this origin, plus what card payments
	 * need.
	 */
	public String contentSecurityPolicy() {
		String stripeApi = origin(this.stripeApiBase);
		String scripts = usesStripeElements() ? "'self' " + STRIPE_JS : "'self'";
		String frames = usesStripeElements() ? STRIPE_JS + " https://hooks.stripe.com" : "'none'";
		return "default-src 'self'; script-src " + scripts + "; style-src 'self'; img-src 'self' data:; "
				+ "connect-src 'self' " + stripeApi + "; frame-src " + frames + "; font-src 'self'; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
