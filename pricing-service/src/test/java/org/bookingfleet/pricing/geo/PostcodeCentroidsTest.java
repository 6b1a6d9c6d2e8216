package org.bookingfleet.pricing.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostcodeCentroidsTest {

    private final PostcodeCentroids centroids = PostcodeCentroids.demoAreas();
    private final AddressLocator locator = new AddressLocator(centroids);

    @Test
    void usZipPlusFourIsLocatedByItsFiveDigitZip() {
        assertThat(centroids.locate(Address.postal("77002-1234", "US"))).isEqualTo(centroids.locate(Address.postal("77002", "US")))
                .isPresent();
    }

    @Test
    void ukPostcodeIsLocatedByItsOutwardCodeWithOrWithoutTheSpace() {
        assertThat(centroids.locate(Address.postal("sw1a 1aa", "GB"))).isPresent()
                .isEqualTo(centroids.locate(Address.postal("SW1A1AA", "UK")));
    }

    @Test
    void argentinianPostcodeIsLocatedByItsFourDigits() {
        assertThat(centroids.locate(Address.postal("C1425ABC", "AR"))).isPresent()
                .isEqualTo(centroids.locate(Address.postal("1425", "AR")));
    }

    @Test
    void postcodeOutsideTheDemoAreasIsNotGuessed() {
        assertThat(centroids.locate(Address.postal("10001", "US"))).isEmpty();
        assertThat(centroids.locate(Address.postal("M1 1AE", "GB"))).isEmpty();
        assertThat(centroids.locate(Address.postal("75001", "FR"))).isEmpty();
        assertThat(centroids.locate(Address.postal("not a zip", "US"))).isEmpty();
    }

    @Test
    void coordinatesSentByTheClientWinOverThePostcode() {
        Coordinates sent = new Coordinates(29.9, -95.1);
        Address address = new Address("1 Main St", "Houston", "TX", "77002", "US", Optional.of(sent));

        assertThat(locator.locate(address)).contains(sent);
    }

    @Test
    void addressWithoutCoordinatesIsLocatedThroughTheGeocoder() {
        Address address = new Address("1 Main St", "Houston", "TX", "77002", "US", Optional.empty());

        assertThat(locator.locate(address)).isEqualTo(centroids.locate(address)).isPresent();
    }

    @Test
    void addressWithoutCoordinatesOrAKnownPostcodeStaysUnlocated() {
        assertThat(locator.locate(new Address("1 Main St", "Houston", "TX", null, "US", Optional.empty()))).isEmpty();
        assertThat(locator.locate(null)).isEmpty();
    }
}
