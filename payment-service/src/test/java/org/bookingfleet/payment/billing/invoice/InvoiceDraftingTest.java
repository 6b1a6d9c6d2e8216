package org.bookingfleet.payment.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class InvoiceDraftingTest {

	private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

	private final Party notary = new Party("Lone Star Mobile Notary", "office@example.com",
			List.of("100 Congress Ave", "Austin, TX 78701"), "TX-32012345678");

	private final Party customer = new Party("Dana Reyes", "dana@example.com", List.of(), null);

	private final QuotedPrice mobileSigning = new QuotedPrice("q_1", "USD", 16_238, 5_000, 1_238,
			List.of(new QuotedPrice.Line("BASE", "Mobile notary visit", 13_500, "base price"),
					new QuotedPrice.Line("TRAVEL", "Travel 10 mi", 2_500, "250 per mile beyond 20"),
					new QuotedPrice.Line("PROMO", "WELCOME10", -1_000, "promo WELCOME10"),
					new QuotedPrice.Line("TAX", "Texas sales tax 8.25%", 1_238, "TX 8.25%"),
					new QuotedPrice.Line("DEPOSIT", "Deposit due now", 5_000, "deposit")));

	private final DocumentNumber invoiceNumber = new DocumentNumber(DocumentKind.INVOICE, 2026, 7);

	@Test
	void anInvoiceCarriesTheQuotesChargesAndTaxesAndWhatThePaymentSettled() {
		UUID bookingId = UUID.randomUUID();
		Invoice invoice = InvoiceDrafting.invoice(invoiceNumber, bookingId, UUID.randomUUID(), mobileSigning, notary,
				customer, 5_000, NOW);

		assertThat(invoice.lines()).extracting(InvoiceLine::code).containsExactly("BASE", "TRAVEL", "PROMO");
		assertThat(invoice.subtotalCents()).isEqualTo(15_000);
		assertThat(invoice.taxes()).containsExactly(new InvoiceLine("TAX", "Texas sales tax 8.25%", 1_238));
		assertThat(invoice.totalCents()).isEqualTo(16_238);
		assertThat(invoice.paidCents()).isEqualTo(5_000);
		assertThat(invoice.balanceDueCents()).isEqualTo(11_238);
		assertThat(invoice.bookingId()).isEqualTo(bookingId);
		assertThat(invoice.seller()).isEqualTo(notary);
	}

	@Test
	void aQuoteWithoutTaxLinesStillShowsItsTaxTotal() {
		QuotedPrice price = new QuotedPrice("q_2", "GBP", 6_000, 0, 1_000,
				List.of(new QuotedPrice.Line("BASE", "First aid course", 5_000, "base")));

		Invoice invoice = InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(), UUID.randomUUID(), price, notary,
				customer, 6_000, NOW);

		assertThat(invoice.taxes()).containsExactly(new InvoiceLine("TAX", "Tax", 1_000));
		assertThat(invoice.balanceDueCents()).isZero();
	}

	@Test
	void aQuoteWhoseLinesDoNotAddUpIsNotInvoiced() {
		QuotedPrice broken = new QuotedPrice("q_3", "USD", 9_999, 0, 0,
				List.of(new QuotedPrice.Line("BASE", "Haircut", 2_000, "base")));

		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(),
				UUID.randomUUID(), broken, notary, customer, 2_000, NOW));
	}

	@Test
	void aCreditNoteGivesBackTheRefundWithTheTaxInProportion() {
		Invoice invoice = InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(), UUID.randomUUID(), mobileSigning,
				notary, customer, 16_238, NOW);

		CreditNote note = InvoiceDrafting.creditNote(new DocumentNumber(DocumentKind.CREDIT_NOTE, 2026, 1), invoice,
				UUID.randomUUID(), 8_119, NOW);

		assertThat(note.invoiceNumber()).isEqualTo(invoiceNumber);
		assertThat(note.totalCents()).isEqualTo(8_119);
		assertThat(note.taxes()).containsExactly(new InvoiceLine("TAX", "Texas sales tax 8.25%", 619));
		assertThat(note.lines().get(0).amountCents()).isEqualTo(7_500);
	}

	@Test
	void aCreditNoteNeverGivesBackMoreThanWasPaid() {
		Invoice invoice = InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(), UUID.randomUUID(), mobileSigning,
				notary, customer, 5_000, NOW);

		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceDrafting
			.creditNote(new DocumentNumber(DocumentKind.CREDIT_NOTE, 2026, 1), invoice, UUID.randomUUID(), 5_001, NOW));
	}

	@Test
	void documentsAreNumberedInTheirOwnSeries() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InvoiceDrafting.invoice(new DocumentNumber(DocumentKind.CREDIT_NOTE, 2026, 1),
					UUID.randomUUID(), UUID.randomUUID(), mobileSigning, notary, customer, 5_000, NOW));
	}

	@Test
	void aBookingIsInvoicedOnceAndItsBalancePaymentIsRecordedOnThatInvoice() {
		UUID deposit = UUID.randomUUID();
		UUID balance = UUID.randomUUID();
		DocumentNumber number = new DocumentNumber("HMNP", DocumentKind.INVOICE, 2026, 18);
		Invoice issued = InvoiceDrafting.invoice(number, UUID.randomUUID(), new PaymentRecord(deposit, NOW, 5_000),
				mobileSigning, notary, customer, null, null, NOW);

		Invoice paid = InvoiceDrafting.recordPayment(issued,
				new PaymentRecord(balance, NOW.plusSeconds(3_600), 11_238));
		Invoice again = InvoiceDrafting.recordPayment(paid, new PaymentRecord(balance, NOW.plusSeconds(7_200), 11_238));

		assertThat(paid.number()).hasToString("HMNP-INV-2026-00018");
		assertThat(paid.payments()).extracting(PaymentRecord::paymentId).containsExactly(deposit, balance);
		assertThat(paid.paidCents()).isEqualTo(16_238);
		assertThat(paid.balanceDueCents()).isZero();
		assertThat(again).isEqualTo(paid);
	}

	@Test
	void eachSurchargeIsItsOwnLineAndATaxWithoutANameTakesTheServicesTax() {
		QuotedPrice weekendEvening = new QuotedPrice("q_4", "USD", 23_815, 0, 1_815,
				List.of(new QuotedPrice.Line("BASE", "Loan Signing", 15_000, "base.fixed/v1"),
						new QuotedPrice.Line("WEEKEND", "Weekend surcharge", 4_000, "surcharge.weekend/v1"),
						new QuotedPrice.Line("AFTER_HOURS", "After-hours fee", 3_000, "surcharge.after-hours/v1"),
						new QuotedPrice.Line("TAX", "Taxes", 1_815, "quote")));

		Invoice invoice = InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(),
				new PaymentRecord(UUID.randomUUID(), NOW, 23_815), weekendEvening, notary, customer,
				new Appointment("Loan Signing", NOW, "America/Chicago", 1, List.of()), "Texas sales tax 8.25%", NOW);

		assertThat(invoice.lines()).extracting(InvoiceLine::label)
			.containsExactly("Loan Signing", "Weekend surcharge", "After-hours fee");
		assertThat(invoice.taxes()).containsExactly(new InvoiceLine("TAX", "Texas sales tax 8.25%", 1_815));
		assertThat(invoice.appointment().localStart()).isEqualTo("Sat 5 Dec 2026, 09:00 (America/Chicago)");
	}

	@Test
	void aFeeChargedAfterTheInvoiceJoinsItAsItsOwnLineAndItsPaymentSettlesIt() {
		Invoice paid = InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(), UUID.randomUUID(), mobileSigning,
				notary, customer, 16_238, NOW);

		Invoice charged = InvoiceDrafting.charge(paid, new InvoiceLine("RESCHEDULE_FEE", "Late reschedule fee", 2_500));
		Invoice settled = InvoiceDrafting.recordPayment(charged, new PaymentRecord(UUID.randomUUID(), NOW, 2_500));

		assertThat(charged.number()).isEqualTo(paid.number());
		assertThat(charged.lines()).extracting(InvoiceLine::code)
			.containsExactly("BASE", "TRAVEL", "PROMO", "RESCHEDULE_FEE");
		assertThat(charged.totalCents()).isEqualTo(18_738);
		assertThat(charged.balanceDueCents()).isEqualTo(2_500);
		assertThat(settled.balanceDueCents()).isZero();
		assertThat(settled.payments()).hasSize(2);
	}

	@Test
	void aCheaperNewTimeLowersTheInvoiceAndNothingChargedChangesNothing() {
		Invoice paid = InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(), UUID.randomUUID(), mobileSigning,
				notary, customer, 16_238, NOW);

		Invoice repriced = InvoiceDrafting.charge(paid, new InvoiceLine("REPRICED", "Price of the new time", -2_000));

		assertThat(repriced.totalCents()).isEqualTo(14_238);
		assertThat(repriced.balanceDueCents()).isEqualTo(-2_000);
		assertThat(InvoiceDrafting.charge(paid, new InvoiceLine("REPRICED", "Price of the new time", 0)))
			.isEqualTo(paid);
	}

	@Test
	void aCourseInvoiceNamesItsAttendees() {
		Appointment course = new Appointment("Emergency First Aid at Work", Instant.parse("2027-03-08T08:00:00Z"),
				"Europe/London", 3, List.of("Ann Lee", "Bo Park", "Cy Diaz"));

		assertThat(course.localStart()).isEqualTo("Mon 8 Mar 2027, 08:00 (Europe/London)");
		assertThat(course.attendeesText()).isEqualTo("Ann Lee, Bo Park, Cy Diaz");
		assertThat(new Appointment("Course", null, null, 4, List.of()).attendeesText()).isEqualTo("4 attendees");
	}

	@Test
	void attendeesNamedAfterTheInvoiceWasIssuedReachThatInvoiceOnce() {
		Appointment counted = new Appointment("Emergency First Aid at Work", Instant.parse("2027-03-08T08:00:00Z"),
				"Europe/London", 3, List.of());
		Invoice issued = InvoiceDrafting.invoice(invoiceNumber, UUID.randomUUID(),
				new PaymentRecord(UUID.randomUUID(), NOW, 5_000), mobileSigning, notary, customer, counted, null, NOW);

		Invoice named = InvoiceDrafting.nameAttendees(issued, List.of("Ann Lee", " Bo Park", "", "Cy Diaz"));

		assertThat(named.appointment().attendeesText()).isEqualTo("Ann Lee, Bo Park, Cy Diaz");
		assertThat(named.appointment().serviceName()).isEqualTo("Emergency First Aid at Work");
		assertThat(named.number()).isEqualTo(issued.number());
		assertThat(named.payments()).isEqualTo(issued.payments());
		assertThat(InvoiceDrafting.nameAttendees(named, List.of("Ann Lee", "Bo Park", "Cy Diaz"))).isSameAs(named);
		assertThat(InvoiceDrafting.nameAttendees(issued, List.of())).isSameAs(issued);
	}

	@Test
	void aCreditNoteIsNumberedInItsInvoicesSeries() {
		Invoice invoice = InvoiceDrafting.invoice(new DocumentNumber("LFAT", DocumentKind.INVOICE, 2026, 3),
				UUID.randomUUID(), UUID.randomUUID(), mobileSigning, notary, customer, 16_238, NOW);

		CreditNote note = InvoiceDrafting.creditNote(new DocumentNumber("LFAT", DocumentKind.CREDIT_NOTE, 2026, 1),
				invoice, UUID.randomUUID(), 1_000, NOW);

		assertThat(note.number()).hasToString("LFAT-CN-2026-00001");
		assertThat(note.invoiceNumber()).hasToString("LFAT-INV-2026-00003");
		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceDrafting
			.creditNote(new DocumentNumber("HMNP", DocumentKind.CREDIT_NOTE, 2026, 1), invoice, null, 1_000, NOW));
	}

	@Test
	void addressesAreLaidOutForTheirCountry() {
		assertThat(PostalAddresses.lines(List.of("1200 Smith Street, Suite 1600"), "Houston", "TX", "77002", "US",
				java.util.Locale.US))
			.containsExactly("1200 Smith Street, Suite 1600", "Houston, TX 77002", "United States");
		assertThat(PostalAddresses.lines(List.of("27 Old Gloucester Street"), "London", null, "WC1N 3AX", "GB",
				java.util.Locale.UK))
			.containsExactly("27 Old Gloucester Street", "LONDON", "WC1N 3AX", "United Kingdom");
		assertThat(PostalAddresses.lines(List.of("Gorriti 4876"), "Ciudad Autónoma de Buenos Aires", "CABA", "C1414BJL",
				"AR", java.util.Locale.forLanguageTag("es-AR")))
			.containsExactly("Gorriti 4876", "C1414BJL Ciudad Autónoma de Buenos Aires", "CABA", "Argentina");
	}

}
