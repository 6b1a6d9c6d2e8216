package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.LocalFleet;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A newcomer's fleet has something to book: right after the fleet came up from an empty
 * state folder, the demo seeding that {@code ./fleet up} runs (here {@code ./fleet demo},
 * since the other classes start the fleet with {@code FLEET_DEMO=off} to book only with
 * providers of their own) makes every service of the catalog show free slots from a demo
 * provider within the next 14 days, and a second run changes nothing. Afterwards the demo
 * providers stop offering their services, so that the classes after this one see only
 * their own providers' slots.
 */
@WithFleet
class DemoBusinessesIntegrationTest {

	private static final Path DEMO_DATA = Path.of("tools/demo-seed/src/main/resources/demo-businesses.json");

	@Test
	void everyServiceOfTheCatalogShowsFreeSlotsOfADemoProviderWithinTwoWeeks() {
		String first = seed();
		assertThat(first).as(first).contains("every service of the catalog").doesNotContain("already there");

		Set<Long> demoProviders = demoProviders();
		Instant from = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		Instant to = from.plus(14, ChronoUnit.DAYS);
		List<String> bare = new ArrayList<>();
		for (String service : catalog()) {
			Answer answer = Gateway.get("/api/v2/availability?serviceId=" + service + "&from=" + from + "&to=" + to,
					Caller.ANONYMOUS);
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			boolean offered = false;
			for (JsonNode slot : answer.json().path("slots")) {
				offered |= demoProviders.contains(slot.path("providerId").asLong());
			}
			if (!offered) {
				bare.add(service);
			}
		}
		assertThat(bare).as("services without a demo provider's free slot in the next 14 days").isEmpty();

		String second = seed();
		assertThat(second).as(second).contains("already there").contains("nothing changed");
	}

	@AfterAll
	static void demoProvidersStopOffering() {
		for (long provider : demoProviders()) {
			String path = "/api/v2/providers/" + provider + "/schedule";
			Answer schedule = Gateway.get(path, Tokens.admin());
			if (schedule.status() == 200) {
				ObjectNode withdrawn = (ObjectNode) schedule.json();
				withdrawn.putArray("serviceIds");
				Gateway.put(path, Tokens.admin(), withdrawn);
			}
		}
	}

	private static List<String> catalog() {
		Answer answer = Gateway.get("/api/v2/services", Caller.ANONYMOUS);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		List<String> services = new ArrayList<>();
		answer.json().forEach(service -> services.add(service.path("id").asString()));
		assertThat(services).isNotEmpty();
		return services;
	}

	private static Set<Long> demoProviders() {
		Set<Long> ids = new HashSet<>();
		JsonNode demo = Json.MAPPER.readTree(LocalFleet.checkoutRoot().resolve(DEMO_DATA).toFile());
		demo.path("businesses")
			.forEach(business -> business.path("providers").forEach(provider -> ids.add(provider.path("id").asLong())));
		assertThat(ids).isNotEmpty();
		return ids;
	}

	/**
	 * Runs the fleet script's demo seeding against the fleet under test; what it printed.
	 */
	private static String seed() {
		Path root = LocalFleet.checkoutRoot();
		ProcessBuilder builder = new ProcessBuilder(root.resolve("fleet").toString(), "demo").directory(root.toFile())
			.redirectErrorStream(true);
		builder.environment().put("FLEET_DIR", root.resolve("fleet-tests/target/fleet").toString());
		builder.environment().put("FLEET_SKIP_BUILD", "1");
		try {
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("./fleet demo ends").isTrue();
			assertThat(process.exitValue()).as(out).isZero();
			return out;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot run ./fleet demo", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

}
