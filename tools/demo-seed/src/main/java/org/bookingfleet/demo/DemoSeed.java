package org.bookingfleet.demo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.bookingfleet.demo.DemoBusinesses.Provider;
import org.bookingfleet.demo.FleetApi.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeds the demo businesses into a freshly started local fleet through its public API:
 * each provider's schedule (with a token of that provider) and the promo codes (with an
 * admin token), then checks that every service of the catalog shows free slots for the
 * next 14 days. Idempotent: a provider or promo code that exists is left as it is.
 * <p>
 * {@code DemoSeed [pricing=URL] [availability=URL]}; the JWT key is
 * {@code FLEET_JWT_SECRET}. Exits 1 when the demo could not be seeded or a catalog
 * service shows no free slot, 2 when asked to seed anything but the local fleet.
 */
public final class DemoSeed {

	private static final Executor A_SECOND_LATER = CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS);

	static final Duration REPLICATION_PATIENCE = Duration.ofSeconds(60);
	static final Duration SHOWN_AHEAD = Duration.ofDays(14);

	private final URI pricing;

	private final URI availability;

	private final LocalTokens tokens;

	private final FleetApi api = new FleetApi();

	private final DemoBusinesses demo = DemoBusinesses.load();

	DemoSeed(URI pricing, URI availability, LocalTokens tokens) {
		this.pricing = pricing;
		this.availability = availability;
		this.tokens = tokens;
	}

	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>(
				Map.of("pricing", "http://127.0.0.1:8081", "availability", "http://127.0.0.1:8082"));
		for (String arg : args) {
			String[] pair = arg.split("=", 2);
			if (pair.length != 2 || !options.containsKey(pair[0])) {
				System.err.println("usage: DemoSeed [pricing=URL] [availability=URL]");
				System.exit(2);
			}
			options.put(pair[0], pair[1]);
		}
		String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").toLowerCase(Locale.ROOT);
		if (profiles.contains("prod")) {
			System.err.println(
					"demo: not seeded, the active profile is '" + profiles + "'; the demo is for the local fleet only");
			System.exit(2);
		}
		DemoSeed seed;
		try {
			String secret = System.getenv("FLEET_JWT_SECRET");
			seed = new DemoSeed(FleetApi.local(options.get("pricing")), FleetApi.local(options.get("availability")),
					new LocalTokens(secret == null || secret.isBlank() ? LocalTokens.LOCAL_SECRET : secret));
		}
		catch (IllegalArgumentException refused) {
			System.err.println("demo: not seeded: " + refused.getMessage());
			System.exit(2);
			return;
		}
		try {
			System.exit(seed.run() ? 0 : 1);
		}
		catch (IllegalStateException failed) {
			System.err.println("demo: not seeded: " + failed.getMessage());
			System.exit(1);
		}
	}

	/** Seeds what is missing; whether every catalog service then shows free slots. */
	boolean run() {
		List<String> catalog = catalog();
		awaitReplicas(catalog);
		int seededProviders = 0;
		for (Provider provider : demo.providers()) {
			seededProviders += seed(provider) ? 1 : 0;
		}
		int createdPromos = 0;
		for (ObjectNode promo : demo.promoCodes()) {
			createdPromos += create(promo) ? 1 : 0;
		}
		boolean changed = seededProviders + createdPromos > 0;
		if (changed) {
			say("demo: seeded " + seededProviders + " of " + demo.providers().size() + " providers and " + createdPromos
					+ " of " + demo.promoCodes().size() + " promo codes (the others were there)");
		}
		else {
			say("demo: already there (" + demo.providers().size() + " providers, " + demo.promoCodes().size()
					+ " promo codes); nothing changed");
		}
		return everyServiceShowsSlots(catalog, changed);
	}

	/** The ids of the catalog's services, once the pricing service answers. */
	private List<String> catalog() {
		Answer answer = retryUntil(Instant.now().plus(REPLICATION_PATIENCE),
				() -> api.get(pricing, "/api/v2/services", null), a -> a.status() != 0 && a.status() < 500);
		if (answer.status() != 200) {
			throw new IllegalStateException("the catalog cannot be read: " + answer);
		}
		List<String> ids = new ArrayList<>();
		answer.json().forEach(service -> ids.add(service.path("id").asString()));
		return ids;
	}

	/**
	 * Waits until the availability service knows every service of the catalog (it learns
	 * them from events).
	 */
	private void awaitReplicas(List<String> catalog) {
		Instant deadline = Instant.now().plus(REPLICATION_PATIENCE);
		for (String service : catalog) {
			Answer answer = retryUntil(deadline,
					() -> api.get(availability, slotsPath(service, Duration.ofDays(1)), null),
					a -> a.status() != 0 && a.status() != 404 && a.status() < 500);
			if (answer.status() != 200) {
				throw new IllegalStateException("the availability service does not know " + service + " after "
						+ REPLICATION_PATIENCE.toSeconds() + "s: " + answer);
			}
		}
	}

	/** Puts the provider's schedule unless the provider has one; whether it did. */
	private boolean seed(Provider provider) {
		String path = "/api/v2/providers/" + provider.id() + "/schedule";
		String token = tokens.provider(provider.id());
		Answer existing = api.get(availability, path, token);
		if (existing.status() == 200) {
			nameIfUnnamed(provider, path, token, existing);
			return false;
		}
		if (existing.status() != 404) {
			throw new IllegalStateException("cannot read the schedule of " + provider.label() + ": " + existing);
		}
		Answer put = api.put(availability, path, token, provider.schedule().deepCopy().put("name", provider.name()));
		if (put.status() != 200) {
			throw new IllegalStateException("the schedule of " + provider.label() + " was refused: " + put);
		}
		say("demo: " + provider.label() + ", " + provider.about() + ": " + String.join(", ", provider.serviceIds()));
		return true;
	}

	/**
	 * A demo seeded before schedules carried names: its provider's own schedule, as it is
	 * now, is saved again with the name, so messages call the provider by name.
	 */
	private void nameIfUnnamed(Provider provider, String path, String token, Answer existing) {
		JsonNode schedule = existing.json();
		if (schedule instanceof ObjectNode stored && !schedule.hasNonNull("name")) {
			Answer put = api.put(availability, path, token, stored.deepCopy().put("name", provider.name()));
			if (put.status() != 200) {
				throw new IllegalStateException("the name of " + provider.label() + " was refused: " + put);
			}
		}
	}

	/** Creates the promo code unless it exists; whether it did. */
	private boolean create(ObjectNode promo) {
		String code = promo.path("code").asString();
		String admin = tokens.admin();
		Answer existing = api.get(pricing, "/api/v2/promo-codes/" + encode(code), admin);
		if (existing.status() == 200) {
			return false;
		}
		Answer created = api.post(pricing, "/api/v2/promo-codes", admin, promo);
		if (created.status() == 409) {
			return false;
		}
		if (created.status() != 201) {
			throw new IllegalStateException("promo code " + code + " was refused: " + created);
		}
		JsonNode limit = promo.path("perCustomerLimit");
		say("demo: promo code " + code + (limit.isNumber() ? " (" + limit.asLong() + " use(s) per customer)" : ""));
		return true;
	}

	private boolean everyServiceShowsSlots(List<String> catalog, boolean tell) {
		boolean all = true;
		for (String service : catalog) {
			Answer answer = api.get(availability, slotsPath(service, SHOWN_AHEAD), null);
			int slots = answer.status() == 200 ? answer.json().path("slots").size() : 0;
			boolean offered = demo.offeredServices().contains(service);
			if (slots == 0) {
				all = false;
				say("demo: " + service + " shows no free slot in the next 14 days"
						+ (offered ? " (" + answer + ")" : ": no demo provider offers it"));
			}
			else if (tell) {
				say("demo:   " + service + ": " + slots + " free slots in the next 14 days");
			}
		}
		if (all) {
			say("demo: every service of the catalog (" + catalog.size() + ") shows free slots in the next 14 days");
		}
		return all;
	}

	private static String slotsPath(String service, Duration ahead) {
		Instant from = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		return "/api/v2/availability?serviceId=" + encode(service) + "&from=" + from + "&to=" + from.plus(ahead);
	}

	/**
	 * Asks again a second after each answer that is not yet {@code done}, until the
	 * deadline; the retries are scheduled, not slept.
	 */
	private static Answer retryUntil(Instant deadline, Supplier<Answer> call, Predicate<Answer> done) {
		return retrying(deadline, call, done, Runnable::run).join();
	}

	private static CompletableFuture<Answer> retrying(Instant deadline, Supplier<Answer> call, Predicate<Answer> done,
			Executor when) {
		return CompletableFuture.supplyAsync(call, when)
			.thenCompose(answer -> done.test(answer) || Instant.now().isAfter(deadline)
					? CompletableFuture.completedFuture(answer) : retrying(deadline, call, done, A_SECOND_LATER));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static void say(String line) {
		System.out.println(line);
	}

}
