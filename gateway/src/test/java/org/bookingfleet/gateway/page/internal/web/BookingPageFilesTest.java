package org.bookingfleet.gateway.page.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the page's files promise without a browser: both languages complete, labelled
 * controls, nothing fetched from elsewhere.
 */
class BookingPageFilesTest {

	static final List<String> API_ERROR_CODES = List.of("VALIDATION_FAILED", "MALFORMED_REQUEST", "UNAUTHENTICATED",
			"FORBIDDEN", "NOT_FOUND", "INVALID_SERVICE", "SLOT_TAKEN", "HOLD_EXPIRED", "INVALID_STATE_TRANSITION",
			"IDEMPOTENCY_KEY_IN_USE", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "QUOTE_EXPIRED", "QUOTE_INVALID",
			"PROMO_INVALID", "OUT_OF_SERVICE_AREA", "IDEMPOTENCY_KEY_REUSED", "POLICY_VIOLATION", "PAYMENT_FAILED",
			"RATE_LIMITED", "SERVICE_UNAVAILABLE", "INTERNAL_ERROR");

	static final List<String> STATES = List.of("PENDING", "AWAITING_PAYMENT", "CONFIRMED", "COMPLETED", "NO_SHOW",
			"CANCELLED", "REJECTED", "EXPIRED");

	static final Pattern KEY = Pattern.compile("^\\s+'([A-Za-z0-9_.]+)':", Pattern.MULTILINE);

	@Test
	void spanishHasEveryWordEnglishHas() {
		assertThat(keys(spanish())).isEqualTo(keys(english()));
	}

	@Test
	void everyErrorCodeOfTheApiAndEveryBookingStateHasWordsInBothLanguages() {
		Set<String> english = keys(english());
		for (String code : API_ERROR_CODES) {
			assertThat(english).contains("error." + code);
		}
		for (String status : STATES) {
			assertThat(english).contains("status." + status);
		}
	}

	@Test
	void everyWordThePagesAskForExists() {
		Set<String> english = keys(english());
		Set<String> asked = new LinkedHashSet<>();
		for (String file : files("static/*.html")) {
			asked.addAll(all(Pattern.compile("data-i18n(?:-label|-placeholder)?=\"([^\"]+)\""), file));
		}
		for (String file : files("static/assets/*.js")) {
			asked.addAll(all(Pattern.compile("\\bt\\('([a-z][A-Za-z0-9_.]*)'"), file));
		}
		assertThat(asked).isNotEmpty();
		assertThat(english).containsAll(asked);
	}

	@Test
	void everyFormControlOfThePagesHasALabel() {
		for (String page : files("static/*.html")) {
			Matcher control = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"([^\"]+)\"").matcher(page);
			while (control.find()) {
				String id = control.group(2);
				assertThat(page).as("a label for #" + id).contains("for=\"" + id + "\"");
			}
		}
	}

	@Test
	void thePagesLoadNothingFromAnotherOriginExceptStripeWhenItIsConfigured() {
		for (String file : files("static/**/*.*")) {
			assertThat(file).doesNotContainPattern("(src|href)=\"(https?:)?//");
			for (String url : all(Pattern.compile("(https?://[^\\s'\"`]+)"), file)) {
				assertThat(url).isIn("https://js.stripe.com/v3/", "http://www.w3.org/2000/svg");
			}
		}
	}

	@Test
	void aWaitlistOffersLinkOpensTheSlotHeldForTheOfferWithWordsInBothLanguages() {
		String page = read("static/assets/book.js");
		assertThat(page).contains("new URLSearchParams(location.search).get('offer')")
			.contains("/api/v2/waitlist/offers/${encodeURIComponent(offerId)}")
			.contains("holdId: offered.holdId");
		assertThat(keys(english())).contains("offer.held", "offer.gone");
	}

	private static String english() {
		String words = read("static/assets/i18n.js");
		return words.substring(words.indexOf("  en: {"), words.indexOf("  es: {"));
	}

	private static String spanish() {
		String words = read("static/assets/i18n.js");
		return words.substring(words.indexOf("  es: {"), words.indexOf("};", words.indexOf("  es: {")));
	}

	private static Set<String> keys(String block) {
		return new LinkedHashSet<>(all(KEY, block));
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static List<String> files(String pattern) {
		try {
			List<String> contents = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern)) {
				contents.add(resource.getContentAsString(StandardCharsets.UTF_8));
			}
			assertThat(contents).as(pattern).isNotEmpty();
			return contents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(String path) {
		return files(path).get(0);
	}

}
