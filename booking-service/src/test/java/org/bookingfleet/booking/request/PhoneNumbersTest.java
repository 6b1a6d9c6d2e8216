package org.bookingfleet.booking.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;

import org.bookingfleet.booking.request.PhoneNumbers.Country;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

	private static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	private static final ZoneId DENVER = ZoneId.of("America/Denver");

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static Optional<String> in(ZoneId zone, String typed) {
		return PhoneNumbers.normalize(typed, Country.of(zone));
	}

	@Test
	void americanNumbersAreReadAsPeopleTypeThem() {
		for (String typed : new String[] { "(713) 555-0101", "713.555.0101", "713-555-0101", "713 555 0101",
				"7135550101", "1 (713) 555-0101", "1-713-555-0101", "+1 713 555 0101", "+1 (713) 555-0101",
				"011 1 713 555 0101", " +17135550101 " }) {
			assertThat(in(HOUSTON, typed)).as(typed).contains("+17135550101");
		}
		assertThat(in(DENVER, "(303) 555-0199")).contains("+13035550199");
	}

	@Test
	void argentineNumbersAreReadAsPeopleTypeThem() {
		for (String typed : new String[] { "+54 9 11 5555-0101", "+5491155550101", "011 15-5555-0101",
				"11 15 5555 0101", "9 11 5555-0101", "00 54 9 11 5555 0101" }) {
			assertThat(in(BUENOS_AIRES, typed)).as(typed).contains("+5491155550101");
		}
		assertThat(in(BUENOS_AIRES, "(011) 4555-0101")).contains("+541145550101");
		assertThat(in(BUENOS_AIRES, "0351 15 555 0101")).contains("+5493515550101");
	}

	@Test
	void britishNumbersAreReadAsPeopleTypeThem() {
		for (String typed : new String[] { "020 7946 0958", "(020) 7946 0958", "+44 20 7946 0958",
				"+44 (0)20 7946 0958", "0044 20 7946 0958" }) {
			assertThat(in(LONDON, typed)).as(typed).contains("+442079460958");
		}
		assertThat(in(LONDON, "07700 900123")).contains("+447700900123");
	}

	@Test
	void aNumberWrittenWithItsCountryIsReadWhereverTheBusinessIs() {
		assertThat(in(LONDON, "+1 (713) 555-0101")).contains("+17135550101");
		assertThat(in(HOUSTON, "+54 9 11 5555-0101")).contains("+5491155550101");
		assertThat(in(BUENOS_AIRES, "+33 1 42 68 53 00")).contains("+33142685300");
		assertThat(in(ZoneId.of("Asia/Tokyo"), "+81 3-1234-5678")).contains("+81312345678");
	}

	@Test
	void aNationalNumberOfACountryNotKnownHereIsRefusedRatherThanGuessed() {
		assertThat(in(ZoneId.of("Asia/Tokyo"), "03-1234-5678")).isEmpty();
		assertThat(in(ZoneId.of("UTC"), "(713) 555-0101")).isEmpty();
		assertThat(in(ZoneId.of("UTC"), "00 1 713 555 0101")).contains("+17135550101");
	}

	@Test
	void whatCannotBeDialledIsRefused() {
		for (String typed : new String[] { "", "   ", "+", "call me", "713-555-CALL", "713 555 0101 ext 5",
				"++17135550101", "+1 713 555 0101 +1", "555-0101", "(013) 555-0101", "(713) 155-0101", "+0123",
				"+1234567890123456", "12345", "+44 12345", "5555-0101", "1" + "2".repeat(50) }) {
			assertThat(in(HOUSTON, typed)).as(typed).isEmpty();
		}
		assertThat(in(LONDON, "7946 0958")).isEmpty();
		assertThat(PhoneNumbers.normalize(null, Optional.of(Country.NANP))).isEmpty();
	}

	@Test
	void theCountryIsTakenFromTheZone() {
		assertThat(Country.of(HOUSTON)).contains(Country.NANP);
		assertThat(Country.of(ZoneId.of("America/Indiana/Indianapolis"))).contains(Country.NANP);
		assertThat(Country.of(BUENOS_AIRES)).contains(Country.AR);
		assertThat(Country.of(LONDON)).contains(Country.GB);
		assertThat(Country.of(ZoneId.of("Europe/Paris"))).isEmpty();
		assertThat(Country.of(ZoneId.of("America/Mexico_City"))).isEmpty();
	}

}
