package org.bookingfleet.booking.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.booking.request.PhoneNumbers.Country;

class PhoneNumbersProperties {

	private static final String E164 = "\\+[1-9]\\d{6,14}";

	@Property
	void whateverIsTypedIsRefusedOrReadAsE164(@ForAll("typed") String typed, @ForAll("home") Optional<Country> home) {
		Optional<String> read = PhoneNumbers.normalize(typed, home);

		read.ifPresent(number -> assertThat(number).matches(E164));
	}

	@Property
	void aNumberReadIsReadAgainAsItselfInAnyCountry(@ForAll("typed") String typed,
			@ForAll("home") Optional<Country> home, @ForAll("home") Optional<Country> elsewhere) {
		PhoneNumbers.normalize(typed, home)
			.ifPresent(number -> assertThat(PhoneNumbers.normalize(number, elsewhere)).contains(number));
	}

	@Property
	void anAmericanNumberReadsTheSameHoweverItIsWrittenAndFormatted(@ForAll("nanp") String number,
			@ForAll("formatting") String space) {
		String area = number.substring(0, 3);
		String exchange = number.substring(3, 6);
		String line = number.substring(6);
		String expected = "+1" + number;
		Optional<Country> home = Optional.of(Country.NANP);

		assertThat(PhoneNumbers.normalize("(" + area + ")" + space + exchange + "-" + line, home)).contains(expected);
		assertThat(PhoneNumbers.normalize(area + space + exchange + space + line, home)).contains(expected);
		assertThat(PhoneNumbers.normalize("1" + space + area + "." + exchange + "." + line, home)).contains(expected);
		assertThat(PhoneNumbers.normalize("+1" + space + area + space + exchange + line, Optional.empty()))
			.contains(expected);
	}

	@Property
	void aBritishNumberReadsTheSameAtHomeAndFromAbroad(@ForAll("british") String number,
			@ForAll("formatting") String space) {
		String expected = "+44" + number;
		String home = "0" + number.substring(0, 2) + space + number.substring(2);

		assertThat(PhoneNumbers.normalize(home, Optional.of(Country.GB))).contains(expected);
		assertThat(PhoneNumbers.normalize("+44" + space + number, Optional.of(Country.NANP))).contains(expected);
		assertThat(PhoneNumbers.normalize("+44 (0)" + number, Optional.empty())).contains(expected);
	}

	@Property
	void aBuenosAiresMobileReadsTheSameDialledAtHomeAndFromAbroad(@ForAll("eightDigits") String number,
			@ForAll("formatting") String space) {
		String expected = "+54911" + number;
		String local = number.substring(0, 4) + "-" + number.substring(4);

		assertThat(PhoneNumbers.normalize("011" + space + "15" + space + local, Optional.of(Country.AR)))
			.contains(expected);
		assertThat(PhoneNumbers.normalize("+54 9 11 " + local, Optional.of(Country.GB))).contains(expected);
	}

	@Property
	void aLetterMakesANumberUnreadable(@ForAll("nanp") String number, @ForAll("letter") char letter,
			@ForAll("position") int position) {
		int at = position % (number.length() + 1);
		String typed = number.substring(0, at) + letter + number.substring(at);

		assertThat(PhoneNumbers.normalize(typed, Optional.of(Country.NANP))).isEmpty();
	}

	@Provide
	Arbitrary<String> typed() {
		return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789+-(). /").ofMaxLength(24),
				Arbitraries.strings().ofMaxLength(30),
				Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(16).map(digits -> "+" + digits),
				Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(16).map(digits -> "00" + digits));
	}

	@Provide
	Arbitrary<Optional<Country>> home() {
		return Arbitraries.of(Country.class).optional();
	}

	@Provide
	Arbitrary<String> nanp() {
		Arbitrary<String> leading = Arbitraries.strings().withCharRange('2', '9').ofLength(1);
		Arbitrary<String> two = Arbitraries.strings().numeric().ofLength(2);
		Arbitrary<String> four = Arbitraries.strings().numeric().ofLength(4);
		return Combinators.combine(leading, two, leading, two, four).as((a, b, c, d, e) -> a + b + c + d + e);
	}

	@Provide
	Arbitrary<String> british() {
		return Combinators
			.combine(Arbitraries.strings().withCharRange('1', '9').ofLength(1),
					Arbitraries.strings().numeric().ofLength(9))
			.as((first, rest) -> first + rest);
	}

	@Provide
	Arbitrary<String> eightDigits() {
		return Arbitraries.strings().numeric().ofLength(8);
	}

	@Provide
	Arbitrary<String> formatting() {
		return Arbitraries.of("", " ", "-", ".", "  ", " - ", "\u00a0", "/");
	}

	@Provide
	Arbitrary<Character> letter() {
		return Arbitraries.chars().alpha();
	}

	@Provide
	Arbitrary<Integer> position() {
		return Arbitraries.integers().between(0, 20);
	}

}
