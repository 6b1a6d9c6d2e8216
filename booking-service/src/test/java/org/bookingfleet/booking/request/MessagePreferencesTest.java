package org.bookingfleet.booking.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MessagePreferencesTest {

	@Test
	void pagesLanguageIsKeptAsAStandardTagAndChannelsInTheOrderChosen() {
		List<FieldError> errors = new ArrayList<>();

		MessagePreferences chosen = MessagePreferences.chosen("es_ar", List.of("whatsapp", "EMAIL", "WhatsApp"),
				"+5491155550123", errors);

		assertThat(errors).isEmpty();
		assertThat(chosen).isEqualTo(new MessagePreferences("es-AR", List.of("WHATSAPP", "EMAIL")));
	}

	@Test
	void nothingChosenMeansEmailAndSmsWithAPhoneAndTheBusinessLanguage() {
		List<FieldError> errors = new ArrayList<>();

		MessagePreferences unchosen = MessagePreferences.chosen(null, null, "+15125550100", errors);

		assertThat(errors).isEmpty();
		assertThat(unchosen.channels()).containsExactly("EMAIL", "SMS");
		assertThat(unchosen.languageOr(ZoneId.of("America/Argentina/Buenos_Aires"))).isEqualTo("es-AR");
		assertThat(unchosen.languageOr(ZoneId.of("Europe/London"))).isEqualTo("en");
		assertThat(unchosen.languageOr(ZoneId.of("America/Chicago"))).isEqualTo("en");
		assertThat(MessagePreferences.chosen(null, null, null, errors).channels()).containsExactly("EMAIL");
	}

	@Test
	void unknownChannelsNoChannelsTextWithoutAPhoneAndMalformedTagsNameTheirField() {
		assertThat(errorsOf("en", List.of("PIGEON"), "+15125550100")).containsExactly("channels");
		assertThat(errorsOf("en", List.of(), "+15125550100")).containsExactly("channels");
		assertThat(errorsOf("en", List.of("WHATSAPP"), null)).containsExactly("channels");
		assertThat(errorsOf("english please", List.of("EMAIL"), null)).containsExactly("language");
	}

	private static List<String> errorsOf(String language, List<String> channels, String phone) {
		List<FieldError> errors = new ArrayList<>();
		MessagePreferences.chosen(language, channels, phone, errors);
		return errors.stream().map(FieldError::field).toList();
	}

}
