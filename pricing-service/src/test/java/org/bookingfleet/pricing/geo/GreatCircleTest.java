package org.bookingfleet.pricing.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

	@Test
	void oneDegreeOfLatitudeIsAboutSixtyNineMiles() {
		assertThat(GreatCircle.miles(new Coordinates(29, -95), new Coordinates(30, -95))).isCloseTo(69.09,
				within(0.01));
	}

	@Test
	void houstonToGalvestonIsAboutFortySixMilesAsTheCrowFlies() {
		Coordinates houston = new Coordinates(29.7604, -95.3698);
		Coordinates galveston = new Coordinates(29.3013, -94.7977);

		assertThat(GreatCircle.miles(houston, galveston)).isCloseTo(46.3, within(0.5));
	}

	@Test
	void distanceIsTheSameBothWaysAndZeroToItself() {
		Coordinates london = new Coordinates(51.5072, -0.1276);
		Coordinates buenosAires = new Coordinates(-34.6037, -58.3816);

		assertThat(GreatCircle.miles(london, buenosAires)).isCloseTo(GreatCircle.miles(buenosAires, london),
				within(1e-9));
		assertThat(GreatCircle.miles(london, london)).isZero();
		assertThat(GreatCircle.miles(london, buenosAires)).isCloseTo(6_920, within(20.0));
	}

}
