package org.bookingfleet.integration.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ConfirmationDocumentTest {

	private static final Charset WIN_ANSI = Charset.forName("windows-1252");

	private static String text(byte[] pdf) {
		return new String(pdf, StandardCharsets.ISO_8859_1);
	}

	@Test
	void everyObjectStartsWhereTheCrossReferenceTableSays() {
		byte[] pdf = ConfirmationDocument
			.of(new RenderedMessage("Your booking is confirmed", "Hello Dana,\n\nSee you.", "unused"));
		String document = text(pdf);

		assertThat(document).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
		int xref = Integer.parseInt(
				document.substring(document.lastIndexOf("startxref\n") + 10, document.lastIndexOf("\n%%EOF")).trim());
		assertThat(document.substring(xref)).startsWith("xref\n0 6\n");
		Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(document.substring(xref));
		int object = 1;
		while (entries.find()) {
			int offset = Integer.parseInt(entries.group(1));
			assertThat(document.substring(offset)).startsWith(object + " 0 obj\n");
			object++;
		}
		assertThat(object).isEqualTo(6);
	}

	@Test
	void spanishTextIsWrittenInTheFontsEncodingWithParenthesesEscaped() {
		byte[] pdf = ConfirmationDocument.of(new RenderedMessage("Tu turno está confirmado",
				"Dirección: Av. Corrientes 1234 (piso 3), CABA\nMañana a las 15:00", "unused"));

		String document = new String(pdf, WIN_ANSI);
		assertThat(document).contains("(Tu turno está confirmado) Tj")
			.contains("(Dirección: Av. Corrientes 1234 \\(piso 3\\), CABA) Tj")
			.contains("(Mañana a las 15:00) Tj")
			.contains("/Encoding /WinAnsiEncoding");
	}

	@Test
	void streamLengthMatchesItsContent() {
		byte[] pdf = ConfirmationDocument
			.of(new RenderedMessage("S", "a line that is long enough to be wrapped ".repeat(6), "unused"));
		String document = text(pdf);

		Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(document);
		assertThat(length.find()).isTrue();
		int declared = Integer.parseInt(length.group(1));
		int from = length.end();
		assertThat(document.indexOf("endstream", from)).isEqualTo(from + declared);
		assertThat(document).contains(") Tj\n0 -15 Td\n(that is long enough to be wrapped");
	}

}
