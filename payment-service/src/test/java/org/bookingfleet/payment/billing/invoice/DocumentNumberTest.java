package org.bookingfleet.payment.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DocumentNumberTest {

	@Test
	void anInvoiceNumberReadsInvYearAndFiveDigits() {
		assertThat(new DocumentNumber(DocumentKind.INVOICE, 2026, 42)).hasToString("INV-2026-00042");
		assertThat(new DocumentNumber(DocumentKind.CREDIT_NOTE, 2027, 1)).hasToString("CN-2027-00001");
	}

	@Test
	void theSequenceWidensPastFiveDigitsRatherThanRefusingToNumber() {
		DocumentNumber big = new DocumentNumber(DocumentKind.INVOICE, 2026, 100_000);

		assertThat(big).hasToString("INV-2026-100000");
		assertThat(DocumentNumber.parse("INV-2026-100000")).contains(big);
	}

	@Test
	void aBusinessNumbersInItsOwnSeriesUnderItsPrefix() {
		DocumentNumber houston = new DocumentNumber("HMNP", DocumentKind.INVOICE, 2026, 1);

		assertThat(houston).hasToString("HMNP-INV-2026-00001");
		assertThat(DocumentNumber.parse("HMNP-INV-2026-00001")).contains(houston);
		assertThat(DocumentNumber.parse("LFAT-CN-2027-00012"))
			.contains(new DocumentNumber("LFAT", DocumentKind.CREDIT_NOTE, 2027, 12));
		assertThat(DocumentNumber.parse("INV-2026-00001")).contains(new DocumentNumber(DocumentKind.INVOICE, 2026, 1));
		assertThat(houston).isNotEqualTo(new DocumentNumber("LFAT", DocumentKind.INVOICE, 2026, 1));
	}

	@Test
	void malformedNumbersDoNotParse() {
		assertThat(DocumentNumber.parse("INV-2026-0042")).isEmpty();
		assertThat(DocumentNumber.parse("INV-26-00042")).isEmpty();
		assertThat(DocumentNumber.parse("XYZ-2026-00042")).isEmpty();
		assertThat(DocumentNumber.parse("INV-2026-00000")).isEmpty();
		assertThat(DocumentNumber.parse("INV-2026-000042")).isEmpty();
		assertThat(DocumentNumber.parse("inv-2026-00042")).isEmpty();
		assertThat(DocumentNumber.parse(null)).isEmpty();
	}

	@Test
	void aSeriesHandsOutOneNumberAfterAnotherFromOne() {
		DocumentSeries.Issued first = DocumentSeries.opening(DocumentKind.INVOICE, 2026).issue();
		DocumentSeries.Issued second = first.series().issue();

		assertThat(first.number()).hasToString("INV-2026-00001");
		assertThat(second.number()).hasToString("INV-2026-00002");
	}

	@Test
	void theYearIsTheBusinessesCalendarYearNotUtcs() {
		Instant newYearsEveInTexas = Instant.parse("2027-01-01T05:30:00Z");

		assertThat(DocumentSeries.yearOf(newYearsEveInTexas, ZoneId.of("America/Chicago"))).isEqualTo(2026);
		assertThat(DocumentSeries.yearOf(newYearsEveInTexas, ZoneId.of("Europe/London"))).isEqualTo(2027);
	}

	@Test
	void aNumberOutsideTheFourDigitYearsOrBelowOneIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber(DocumentKind.INVOICE, 10_000, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new DocumentNumber(DocumentKind.INVOICE, 2026, 0));
	}

}
