package org.bookingfleet.pricing.geo.internal.geocoder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.bookingfleet.pricing.geo.Address;
import org.bookingfleet.pricing.geo.AddressLocator;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.geo.Placement;
import org.bookingfleet.pricing.geo.PostcodeCentroids;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.test.StepVerifier;

/**
 * The Nominatim adapter against a WireMock Nominatim: what it asks, what it reads, and
 * when the table decides.
 */
class NominatimGeocodingIntegrationTest {

	private static final WireMockServer NOMINATIM = new WireMockServer(options().dynamicPort());

	private static final AddressLocator TABLE_LOCATOR = new AddressLocator(PostcodeCentroids.bundled());

	private static final OfflineGeocoding TABLE = new OfflineGeocoding(TABLE_LOCATOR);

	private NominatimGeocoding geocoding;

	@BeforeAll
	static void start() {
		NOMINATIM.start();
	}

	@AfterAll
	static void stop() {
		NOMINATIM.stop();
	}

	@BeforeEach
	void fresh() {
		NOMINATIM.resetAll();
		geocoding = geocoding(Duration.ofSeconds(10));
	}

	private static NominatimGeocoding geocoding(Duration timeout) {
		GeocoderProperties.Nominatim settings = new GeocoderProperties.Nominatim(NOMINATIM.baseUrl(),
				"booking-fleet-test", "ops@example.org", timeout);
		WebClient web = WebClient.builder()
			.baseUrl(settings.baseUrl())
			.defaultHeader("User-Agent", settings.userAgent())
			.build();
		return new NominatimGeocoding(web, settings, TABLE);
	}

	@Test
	void structuredAddressIsSearchedAndTheFirstPlaceWins() {
		NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("""
				[{"place_id":1,"lat":"29.7589","lon":"-95.3677","display_name":"901 Bagby St, Houston"},
				 {"place_id":2,"lat":"29.0","lon":"-95.0"}]""")));

		StepVerifier.create(geocoding.place(address("901 Bagby St", "77002")))
			.expectNext(new Placement.Placed(new Coordinates(29.7589, -95.3677)))
			.verifyComplete();

		NOMINATIM.verify(getRequestedFor(urlPathEqualTo("/search")).withQueryParam("format", equalTo("jsonv2"))
			.withQueryParam("limit", equalTo("1"))
			.withQueryParam("street", equalTo("901 Bagby St"))
			.withQueryParam("city", equalTo("Houston"))
			.withQueryParam("state", equalTo("TX"))
			.withQueryParam("postalcode", equalTo("77002"))
			.withQueryParam("countrycodes", equalTo("us"))
			.withQueryParam("email", equalTo("ops@example.org"))
			.withHeader("User-Agent", equalTo("booking-fleet-test")));
	}

	@Test
	void ampersandOrPlusInAStreetStaysInTheStreet() {
		NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("[]")));

		StepVerifier.create(geocoding.place(address("Smith & Sons Rd +1 #4", "77002")))
			.expectNextMatches(Placement.Placed.class::isInstance)
			.verifyComplete();

		NOMINATIM.verify(
				getRequestedFor(urlPathEqualTo("/search")).withQueryParam("street", equalTo("Smith & Sons Rd +1 #4")));
	}

	@Test
	void addressTheServiceCannotFindIsPlacedByItsZip() {
		NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("[]")));

		StepVerifier.create(geocoding.place(address("1 Nowhere Ln", "77449")))
			.expectNext(TABLE_LOCATOR.place(address("1 Nowhere Ln", "77449")))
			.verifyComplete();
	}

	@Test
	void addressNeitherCanPlaceIsRefusedNamingThePostcode() {
		NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("[]")));

		StepVerifier.create(geocoding.place(address("1 Nowhere Ln", "99999")))
			.expectNextMatches(placement -> placement instanceof Placement.Unplaced unplaced
					&& unplaced.field().equals("address.postalCode"))
			.verifyComplete();
	}

	@Test
	void failingServiceLeavesTheAddressToTheTable() {
		NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(503)));

		StepVerifier.create(geocoding.place(address("901 Bagby St", "77002")))
			.expectNext(TABLE_LOCATOR.place(address("901 Bagby St", "77002")))
			.verifyComplete();
	}

	@Test
	void answerThatIsNoPlaceLeavesTheAddressToTheTable() {
		NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("[{\"lat\":\"north\",\"lon\":\"-95\"}]")));

		StepVerifier.create(geocoding.place(address("901 Bagby St", "77002")))
			.expectNext(TABLE_LOCATOR.place(address("901 Bagby St", "77002")))
			.verifyComplete();
	}

	@Test
	void serviceSlowerThanTheTimeoutLeavesTheAddressToTheTable() {
		NOMINATIM.stubFor(get(urlPathEqualTo("/search"))
			.willReturn(okJson("[{\"lat\":\"1.0\",\"lon\":\"1.0\"}]").withFixedDelay(5_000)));

		StepVerifier.create(geocoding(Duration.ofMillis(200)).place(address("901 Bagby St", "77002")))
			.expectNext(TABLE_LOCATOR.place(address("901 Bagby St", "77002")))
			.verifyComplete();
	}

	@Test
	void coordinatesSentByTheClientAreNotSentToTheService() {
		Coordinates sent = new Coordinates(29.9, -95.1);

		StepVerifier
			.create(geocoding.place(new Address("901 Bagby St", "Houston", "TX", "77002", "US", Optional.of(sent))))
			.expectNext(new Placement.Placed(sent))
			.verifyComplete();

		NOMINATIM.verify(0, getRequestedFor(urlPathEqualTo("/search")));
	}

	private static Address address(String line1, String zip) {
		return new Address(line1, "Houston", "TX", zip, "US", Optional.empty());
	}

}
