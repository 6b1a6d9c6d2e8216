package org.bookingfleet.integration.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostalAddressTest {

	@Test
	void americanAddressIsStreetCityStateAndZip() {
		assertThat(new PostalAddress("1200 Main St", "Houston", "TX", "77002", "US").oneLine())
			.isEqualTo("1200 Main St, Houston, TX 77002");
	}

	@Test
	void britishAddressPutsThePostcodeAfterTheTown() {
		assertThat(new PostalAddress("221B Baker Street", "London", null, "NW1 6XE", "GB").oneLine())
			.isEqualTo("221B Baker Street, London NW1 6XE");
	}

	@Test
	void argentineAddressPutsThePostalCodeBeforeTheCity() {
		assertThat(new PostalAddress("Av. Santa Fe 1234", "Buenos Aires", "CABA", "C1425", "ar").oneLine())
			.isEqualTo("Av. Santa Fe 1234, C1425 Buenos Aires, CABA, Argentina");
	}

	@Test
	void otherCountriesNameTheCountryAndMissingPartsLeaveNoGaps() {
		assertThat(new PostalAddress("Rue de Rivoli 1", "Paris", "", "75001", "FR").oneLine())
			.isEqualTo("Rue de Rivoli 1, Paris, 75001, FR");
		assertThat(new PostalAddress("1200 Main St", "Houston", null, null, "US").oneLine())
			.isEqualTo("1200 Main St, Houston");
		assertThat(new PostalAddress(null, null, "TX", "77002", "US").written()).isEmpty();
	}

}
