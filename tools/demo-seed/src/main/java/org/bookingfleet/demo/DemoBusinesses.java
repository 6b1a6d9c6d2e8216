package org.bookingfleet.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo data of {@code demo-businesses.json}: the businesses' providers with their
 * schedules, and promo codes.
 */
public record DemoBusinesses(List<Provider> providers, List<ObjectNode> promoCodes) {

	public static final String RESOURCE = "/demo-businesses.json";

	/**
	 * A provider of a business; its schedule is the body of {@code PUT
	 * /api/v2/providers/{id}/schedule}.
	 */
	public record Provider(long id, String name, String business, String about, ObjectNode schedule) {

		public List<String> serviceIds() {
			List<String> ids = new ArrayList<>();
			schedule.path("serviceIds").forEach(id -> ids.add(id.asString()));
			return ids;
		}

		public String label() {
			return name + " (" + business + ", provider " + id + ")";
		}
	}

	public static DemoBusinesses load() {
		try (InputStream in = DemoBusinesses.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("no " + RESOURCE + " on the classpath");
			}
			return read(new JsonMapper().readTree(in));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static DemoBusinesses read(JsonNode root) {
		List<Provider> providers = new ArrayList<>();
		for (JsonNode business : root.path("businesses")) {
			for (JsonNode provider : business.path("providers")) {
				providers.add(new Provider(provider.path("id").asLong(), provider.path("name").asString(),
						business.path("id").asString(), provider.path("about").asString(),
						(ObjectNode) provider.path("schedule")));
			}
		}
		List<ObjectNode> promos = new ArrayList<>();
		root.path("promoCodes").forEach(promo -> promos.add((ObjectNode) promo));
		return new DemoBusinesses(List.copyOf(providers), List.copyOf(promos));
	}

	/** Every service some demo provider offers. */
	public Set<String> offeredServices() {
		Set<String> offered = new LinkedHashSet<>();
		providers.forEach(provider -> offered.addAll(provider.serviceIds()));
		return offered;
	}
}
