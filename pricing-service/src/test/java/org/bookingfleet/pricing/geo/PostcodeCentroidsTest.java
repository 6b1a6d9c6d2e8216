package org.bookingfleet.pricing.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostcodeCentroidsTest {

	/**
	 * The shipped table, read once for the class as the service reads it once at start.
	 */
	private static final PostcodeCentroids CENTROIDS = PostcodeCentroids.bundled();

	private final AddressLocator locator = new AddressLocator(CENTROIDS);

	@Test
	void theShippedTableHoldsEveryZcta() {
		assertThat(CENTROIDS.usZipCodes()).isEqualTo(33_791);
	}

	@Test
	void downtownHoustonIsPlacedAtItsZctaInternalPoint() {
		assertThat(placed("77002", "US")).satisfies(at -> {
			assertThat(at.latitude()).isCloseTo(29.7568, within(1e-9));
			assertThat(at.longitude()).isCloseTo(-95.3657, within(1e-9));
		});
	}

	@Test
	void boulderWhichTheDemoTableNeverKnewIsPlaced() {
		assertThat(placed("80302", "US")).satisfies(at -> {
			assertThat(at.latitude()).isCloseTo(40.0251, within(1e-9));
			assertThat(at.longitude()).isCloseTo(-105.3487, within(1e-9));
		});
	}

	@Test
	void houstonZipOutsideTheOldTwelveIsPlacedWithinTheNotarysReach() {
		Coordinates katy = placed("77449", "US");

		assertThat(GreatCircle.miles(new Coordinates(29.7604, -95.3698), katy)).isBetween(22.0, 23.0);
	}

	@Test
	void usZipPlusFourAndASpacedZipArePlacedByTheirFiveDigitZip() {
		assertThat(placed("77002-1234", "US")).isEqualTo(placed("77002", "us"))
			.isEqualTo(placed("770021234", "USA"))
			.isEqualTo(placed(" 77002 ", "US"));
	}

	@Test
	void unknownZipIsRefusedNamingThePostcode() {
		Placement placement = CENTROIDS.place(Address.postal("99999", "US"));

		assertThat(placement).isInstanceOfSatisfying(Placement.Unplaced.class, unplaced -> {
			assertThat(unplaced.field()).isEqualTo("address.postalCode");
			assertThat(unplaced.message()).contains("ZIP code 99999");
		});
	}

	@Test
	void somethingThatIsNoZipIsRefusedNamingThePostcode() {
		assertThat(unplacedField("7700", "US")).isEqualTo("address.postalCode");
		assertThat(unplacedField("not a zip", "US")).isEqualTo("address.postalCode");
		assertThat(unplacedField("77002-12", "US")).isEqualTo("address.postalCode");
	}

	@Test
	void addressWithoutPostcodeOrCountryIsRefusedNamingWhatIsMissing() {
		assertThat(unplacedField(null, "US")).isEqualTo("address.postalCode");
		assertThat(unplacedField("  ", "US")).isEqualTo("address.postalCode");
		assertThat(unplacedField("77002", null)).isEqualTo("address.country");
	}

	@Test
	void countryWithoutAPostcodeTableIsPlacedOnlyByCoordinates() {
		assertThat(unplacedField("75001", "FR")).isEqualTo("address.country");
	}

	@Test
	void ukPostcodeIsPlacedByItsOutwardCodeWithOrWithoutTheSpace() {
		assertThat(placed("sw1a 1aa", "GB")).isEqualTo(placed("SW1A1AA", "UK"));
	}

	@Test
	void ukPostcodeOutsideTheDemoAreaOrMalformedIsRefusedNamingThePostcode() {
		assertThat(unplacedField("M1 1AE", "GB")).isEqualTo("address.postalCode");
		assertThat(unplacedField("SW1A", "GB")).isEqualTo("address.postalCode");
	}

	@Test
	void argentinianPostcodeIsPlacedByItsFourDigits() {
		assertThat(placed("C1425ABC", "AR")).isEqualTo(placed("1425", "ar"));
		assertThat(unplacedField("5000", "AR")).isEqualTo("address.postalCode");
	}

	@Test
	void coordinatesSentByTheClientWinOverThePostcode() {
		Coordinates sent = new Coordinates(29.9, -95.1);
		Address address = new Address("1 Main St", "Houston", "TX", "77002", "US", Optional.of(sent));

		assertThat(locator.place(address)).isEqualTo(new Placement.Placed(sent));
	}

	@Test
	void coordinatesPlaceAnAddressInACountryWithoutAPostcodeTable() {
		Coordinates paris = new Coordinates(48.8566, 2.3522);

		assertThat(locator.locate(new Address(null, "Paris", null, "75001", "FR", Optional.of(paris)))).contains(paris);
	}

	@Test
	void addressWithoutCoordinatesIsPlacedThroughTheGeocoder() {
		Address address = new Address("1 Main St", "Houston", "TX", "77002", "US", Optional.empty());

		assertThat(locator.place(address)).isEqualTo(CENTROIDS.place(address)).isInstanceOf(Placement.Placed.class);
	}

	@Test
	void noAddressStaysUnplaced() {
		assertThat(locator.place(null)).isEqualTo(new Placement.Unplaced("address", "an address is needed"));
	}

	@Test
	void tableWithoutItsHeaderOrOutOfOrderIsRefusedWhole() {
		assertThatThrownBy(() -> table("77002,29.7568,-95.3657\n")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> table("zip,lat,lng\n77004,29.7,-95.3\n77002,29.7,-95.3\n"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> table("zip,lat,lng\n77002,129.7,-95.3\n"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void tableAnswersOnlyTheZipsItLists() {
		ZipCentroids zips = table("zip,lat,lng\n00601,18.1806,-66.75\n77002,29.7568,-95.3657\n");

		assertThat(zips.size()).isEqualTo(2);
		assertThat(zips.centroid("00601")).contains(new Coordinates(18.1806, -66.75));
		assertThat(zips.centroid("77003")).isEmpty();
		assertThat(zips.centroid("601")).isEmpty();
	}

	private static Coordinates placed(String postcode, String country) {
		Placement placement = CENTROIDS.place(Address.postal(postcode, country));
		assertThat(placement).as("%s in %s", postcode, country).isInstanceOf(Placement.Placed.class);
		return ((Placement.Placed) placement).coordinates();
	}

	private static String unplacedField(String postcode, String country) {
		Placement placement = CENTROIDS.place(Address.postal(postcode, country));
		assertThat(placement).as("%s in %s", postcode, country).isInstanceOf(Placement.Unplaced.class);
		return ((Placement.Unplaced) placement).field();
	}

	private static ZipCentroids table(String text) {
		return ZipCentroids.read(new BufferedReader(new StringReader(text)));
	}

}
