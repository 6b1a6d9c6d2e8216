package org.bookingfleet.integration.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageCatalogTest {

	@Test
	void everyLanguageFileHasEveryKeyTheOtherHas() throws IOException {
		Properties english = shipped("en");
		Properties spanish = shipped("es-AR");
		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		for (MessageKind kind : MessageKind.values()) {
			assertThat(english.stringPropertyNames()).contains(kind.key() + ".subject", kind.key() + ".body",
					kind.key() + ".text");
		}
		assertThat(english.stringPropertyNames()).containsAll(MessageCatalog.PHRASES);
	}

	@Test
	void businessFileReplacesTheShippedWordingOfItsLanguage(@TempDir Path folder) throws IOException {
		Properties own = shipped("es-AR");
		own.setProperty("confirmation.subject", "¡Listo! {service} el {date}");
		write(own, folder.resolve("es-AR.properties"));

		MessageCatalog catalog = MessageCatalog.load(Optional.of(folder));

		assertThat(catalog.template(MessageKind.CONFIRMATION, Language.ARGENTINE_SPANISH).subject())
			.isEqualTo("¡Listo! {service} el {date}");
		assertThat(catalog.template(MessageKind.CONFIRMATION, Language.ENGLISH).subject())
			.startsWith("Your {service} is confirmed");
	}

	@Test
	void businessFileLackingAKeyStopsTheStartNamingTheKey(@TempDir Path folder) throws IOException {
		Properties own = shipped("en");
		own.remove("reminder2h.text");
		write(own, folder.resolve("en.properties"));

		assertThatThrownBy(() -> MessageCatalog.load(Optional.of(folder))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("reminder2h.text")
			.hasMessageContaining(folder.resolve("en.properties").toString());
	}

	@Test
	void templateNamingAValueWeDoNotSupplyStopsTheStart(@TempDir Path folder) throws IOException {
		Properties own = shipped("en");
		own.setProperty("cancellation.text", "Cancelled, {nickname}");
		write(own, folder.resolve("en.properties"));

		assertThatThrownBy(() -> MessageCatalog.load(Optional.of(folder))).hasMessageContaining("nickname");
	}

	@Test
	void seatsAreCountedInEachLanguage() {
		MessageCatalog catalog = MessageCatalog.fromClasspath();
		assertThat(catalog.seats(Language.ENGLISH, 1)).isEqualTo("A spot");
		assertThat(catalog.seats(Language.ENGLISH, 2)).isEqualTo("2 spots");
		assertThat(catalog.seats(Language.ARGENTINE_SPANISH, 1)).isEqualTo("Se liberó un lugar");
		assertThat(catalog.seats(Language.ARGENTINE_SPANISH, 3)).isEqualTo("Se liberaron 3 lugares");
	}

	private static Properties shipped(String tag) throws IOException {
		Properties entries = new Properties();
		try (InputStream in = MessageCatalog.class.getResourceAsStream("/messages/" + tag + ".properties")) {
			entries.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return entries;
	}

	private static void write(Properties entries, Path file) throws IOException {
		try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			entries.store(out, null);
		}
	}

}
