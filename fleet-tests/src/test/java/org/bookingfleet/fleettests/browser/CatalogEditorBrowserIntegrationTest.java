package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.node.ObjectNode;

/**
 * An admin changes a service's price and deactivates a promo code from the catalog's
 * sections of the providers' page; new quotes follow at once, the quote given before
 * keeps its price. The service and the code are the test's own and end inactive, so the
 * classes after this one see only the demo's catalog.
 */
@WithFleet
class CatalogEditorBrowserIntegrationTest {

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	@Test
	void anAdminChangesAPriceAndDeactivatesACodeAndOnlyNewQuotesFollow() {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String service = "corte-editor-" + suffix.toLowerCase();
		String code = "EDITOR" + suffix;
		Answer defined = Gateway.put("/api/v2/services/" + service, Tokens.admin(), corte());
		assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
		Answer created = Gateway.post("/api/v2/promo-codes", Tokens.admin(), tenOff(code, service));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Answer before = quote(service, code);
		assertThat(before.status()).as(before.toString()).isEqualTo(200);
		assertThat(before.json().path("basePriceCents").asLong()).isEqualTo(1_800_000);

		try (Chromium chromium = Chromium.start()) {
			WebDriver browser = chromium.driver();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
			chromium.recording("catalog-editor", () -> {
				browser.get("http://localhost:8080/provider.html");
				wait.until(driver -> driver.findElement(By.id("signin-link")).isDisplayed());
				browser.findElement(By.id("signin-link")).click();
				wait.until(driver -> driver.getCurrentUrl().startsWith("http://localhost:8086/login"));
				browser.findElement(By.id("username")).sendKeys("admin@bookingfleet.example");
				browser.findElement(By.id("password")).sendKeys("demo-admin-password", Keys.ENTER);
				wait.until(
						driver -> !driver.findElements(By.cssSelector("tr[data-service='" + service + "']")).isEmpty());

				row(browser, "data-service", service).findElement(By.tagName("button")).click();
				WebElement price = wait.until(driver -> driver.findElement(By.id("catalog-service-price")));
				price.clear();
				price.sendKeys("20000", Keys.ENTER);
				wait.until(driver -> driver.findElement(By.id("catalog-service-status"))
					.getDomAttribute("class")
					.contains("ok"));

				wait.until(driver -> !driver.findElements(By.cssSelector("[data-toggle='" + code + "']")).isEmpty());
				browser.findElement(By.cssSelector("[data-toggle='" + code + "']")).click();
				wait.until(driver -> driver.findElement(By.id("catalog-promo-status"))
					.getDomAttribute("class")
					.contains("ok"));
				assertThat(row(browser, "data-promo", code).getText()).contains("Inactive");
			});

			Answer after = quote(service, null);
			assertThat(after.json().path("basePriceCents").asLong()).as(after.toString()).isEqualTo(2_000_000);
			Answer refused = quote(service, code);
			assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
			assertThat(refused.json().path("error").path("details").path("reason").asString()).isEqualTo("DEACTIVATED");
			assertThat(before.json().path("finalPriceCents").asLong())
				.isLessThan(after.json().path("finalPriceCents").asLong());

			chromium.recording("catalog-editor-deactivated", () -> {
				browser.findElement(By.cssSelector("[data-toggle='" + service + "']")).click();
				wait.until(driver -> row(driver, "data-service", service).getText().contains("Inactive"));
			});
		}
		assertThat(Gateway.get("/api/v2/services/" + service, Caller.ANONYMOUS).status()).isEqualTo(404);
	}

	private static WebElement row(WebDriver browser, String attribute, String value) {
		return browser.findElement(By.cssSelector("tr[" + attribute + "='" + value + "']"));
	}

	private static Answer quote(String service, String code) {
		ObjectNode body = Json.object()
			.put("serviceId", service)
			.put("scheduledDateTime",
					LocalDate.now(BUENOS_AIRES)
						.plusDays(2)
						.atTime(12, 0)
						.atZone(BUENOS_AIRES)
						.toOffsetDateTime()
						.toString());
		if (code != null) {
			body.put("promoCode", code);
		}
		return Gateway.post("/api/v2/services/pricing", Caller.ANONYMOUS, body);
	}

	private static ObjectNode corte() {
		ObjectNode body = Json.object()
			.put("businessId", "barberia-palermo")
			.put("name", "Corte del editor")
			.put("type", "IN_STORE")
			.put("durationMinutes", 30)
			.put("timeZone", BUENOS_AIRES.getId())
			.put("currency", "ARS")
			.put("taxJurisdiction", "AR-IVA")
			.put("minimumNoticeMinutes", 30);
		body.putObject("price").put("model", "FIXED").put("cents", 1_800_000);
		body.putObject("hours").put("regular", "10:00-20:00");
		return body;
	}

	private static ObjectNode tenOff(String code, String service) {
		ObjectNode body = Json.object()
			.put("code", code)
			.put("percentOff", 10)
			.put("currency", "ARS")
			.put("validFrom", Instant.now().minus(Duration.ofDays(1)).toString())
			.put("validUntil", Instant.now().plus(Duration.ofDays(30)).toString());
		body.putArray("serviceIds").add(service);
		return body;
	}

}
