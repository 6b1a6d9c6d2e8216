package org.bookingfleet.gateway.page.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.bookingfleet.gateway.TestFleet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The booking page, its files and its settings come from the gateway, to anyone, under
 * the page's policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LOG_FORMAT=", "fleet.page.stripe-api-base=http://localhost:8090" })
@AutoConfigureWebTestClient
class BookingPageTest {

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		TestFleet.redis(registry);
	}

	@Test
	void theBookingPageIsServedAtTheRoot() {
		this.web.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(containsString("src=\"/assets/book.js\""));
	}

	@Test
	void theManageAndProviderPagesAndTheScriptsNeedNoToken() {
		for (String path : new String[] { "/manage.html", "/provider.html", "/assets/book.js", "/assets/app.css",
				"/assets/i18n.js", "/favicon.svg" }) {
			this.web.get().uri(path).exchange().expectStatus().isOk();
		}
	}

	/**
	 * A script, a style sheet or the icon is answered without looking at the session or
	 * making a CSRF token: no cookie is set, renewed or expired, even for a session
	 * cookie that names no session. The page's documents issue the CSRF cookie.
	 */
	@Test
	void thePagesFilesAreAnsweredWithoutSessionWorkAndTheDocumentsIssueTheCsrfCookie() {
		for (String path : new String[] { "/assets/book.js", "/assets/app.css", "/favicon.svg" }) {
			this.web.get()
				.uri(path)
				.cookie("SESSION", "a-session-nobody-has")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("Set-Cookie")
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.exists("Content-Security-Policy");
		}
		for (String path : new String[] { "/", "/provider.html" }) {
			this.web.get().uri(path).exchange().expectStatus().isOk().expectCookie().exists("XSRF-TOKEN");
		}
	}

	@Test
	void aBrowserKeepsAFileAndAsksAgainWithItsETag() {
		for (String path : new String[] { "/", "/assets/book.js" }) {
			String etag = this.web.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("Cache-Control", "no-cache")
				.expectBody()
				.returnResult()
				.getResponseHeaders()
				.getETag();
			assertThat(etag).isNotBlank();

			this.web.get()
				.uri(path)
				.header("If-None-Match", etag)
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectBody()
				.isEmpty();
		}
	}

	@Test
	void settingsNameWhereTheBrowserConfirmsACard() {
		this.web.get()
			.uri("/page/settings.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.stripeApiBase")
			.isEqualTo("http://localhost:8090")
			.jsonPath("$.stripeElements")
			.isEqualTo(false);
	}

	@Test
	void thePagesPolicyAllowsOnlyThisOriginAndTheCardConfirmation() {
		this.web.get()
			.uri("/")
			.exchange()
			.expectHeader()
			.value("Content-Security-Policy", containsString("script-src 'self';"))
			.expectHeader()
			.value("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8090;"));
	}

}
