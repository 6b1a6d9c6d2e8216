package org.bookingfleet.gateway.page.internal.web;

import java.util.Map;

import org.bookingfleet.gateway.PageSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The booking page reads its run-time settings here; nothing in them is secret. */
@RestController
class PageSettingsController {

	private final PageSettings settings;

	PageSettingsController(PageSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/page/settings.json")
	Map<String, Object> settings() {
		return Map.of("stripeApiBase", this.settings.stripeApiBase(), "stripePublishableKey",
				this.settings.stripePublishableKey(), "stripeElements", this.settings.usesStripeElements());
	}

}
