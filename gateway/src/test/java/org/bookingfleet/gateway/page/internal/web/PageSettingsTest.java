package org.bookingfleet.gateway.page.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bookingfleet.gateway.PageSettings;
import org.junit.jupiter.api.Test;

class PageSettingsTest {

	@Test
	void locallyThePageTalksToItsOwnOriginAndTheSandboxOnly() {
		PageSettings local = new PageSettings("http://localhost:8090", "");

		assertThat(local.usesStripeElements()).isFalse();
		assertThat(local.contentSecurityPolicy()).contains("script-src 'self';")
			.contains("connect-src 'self' http://localhost:8090;")
			.contains("frame-src 'none';")
			.doesNotContain("stripe.com");
	}

	@Test
	void aPublishableKeyLetsStripeElementsLoadAndFrameItsCardField() {
		PageSettings production = new PageSettings("https://api.stripe.com/", "pk_live_123");

		assertThat(production.usesStripeElements()).isTrue();
		assertThat(production.contentSecurityPolicy()).contains("script-src 'self' https://js.stripe.com;")
			.contains("connect-src 'self' https://api.stripe.com;")
			.contains("frame-src https://js.stripe.com https://hooks.stripe.com;");
	}

}
