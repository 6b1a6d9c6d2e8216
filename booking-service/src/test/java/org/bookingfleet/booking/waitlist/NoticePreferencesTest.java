package org.bookingfleet.booking.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticePreferencesTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Test
	void nothingChosenMeansEnglishByEmailInTheServicesZone() {
		assertThat(NoticePreferences.chosen(null, null, null, CHICAGO))
			.isEqualTo(new NoticePreferences("en", List.of("EMAIL"), "America/Chicago"));
	}

	@Test
	void aZoneNotChosenStaysUnknownWhileTheServiceIsUnknown() {
		assertThat(NoticePreferences.chosen(null, null, null, null).timeZone()).isNull();
	}

	@Test
	void choicesAreNormalised() {
		NoticePreferences chosen = NoticePreferences.chosen(" es_ar ", List.of("sms", "EMAIL", "Sms", " whatsapp "),
				"America/Argentina/Buenos_Aires", CHICAGO);

		assertThat(chosen).isEqualTo(
				new NoticePreferences("es-AR", List.of("SMS", "EMAIL", "WHATSAPP"), "America/Argentina/Buenos_Aires"));
	}

	@Test
	void aLanguageTagWithARegionNumberIsAccepted() {
		assertThat(NoticePreferences.chosen("es-419", null, null, CHICAGO).language()).isEqualTo("es-419");
	}

	@Test
	void theServiceZoneStandsInOnlyForAZoneNotChosen() {
		NoticePreferences unzoned = NoticePreferences.chosen("es", List.of("SMS"), null, null);
		assertThat(unzoned.inServiceZone(CHICAGO))
			.isEqualTo(new NoticePreferences("es", List.of("SMS"), "America/Chicago"));
		assertThat(unzoned.inServiceZone(null)).isEqualTo(unzoned);
		NoticePreferences zoned = NoticePreferences.chosen("es", List.of("SMS"), "Europe/Madrid", null);
		assertThat(zoned.inServiceZone(CHICAGO)).isEqualTo(zoned);
	}

	@Test
	void whatCannotBeHonouredNamesItsField() {
		assertInvalid("english", null, null, "language");
		assertInvalid("", null, null, "language");
		assertInvalid("en-US-x-private", null, null, "language");
		assertInvalid(null, List.of(), null, "channels");
		assertInvalid(null, List.of("PIGEON"), null, "channels");
		assertInvalid(null, Arrays.asList("EMAIL", null), null, "channels");
		assertInvalid(null, null, "Mars/Olympus_Mons", "timeZone");
		assertInvalid(null, null, "+02:00", "timeZone");
	}

	private static void assertInvalid(String language, List<String> channels, String timeZone, String field) {
		assertThatThrownBy(() -> NoticePreferences.chosen(language, channels, timeZone, CHICAGO))
			.isInstanceOfSatisfying(NoticePreferences.Invalid.class,
					invalid -> assertThat(invalid.field()).isEqualTo(field));
	}

}
