package org.bookingfleet.payment.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class CreditNoteProperties {

	@Property
	void aCreditNoteAddsUpToItsRefundAndNoTaxShareExceedsTheInvoicedTax(
			@ForAll @LongRange(min = 1, max = 1_000_000) long subtotal,
			@ForAll @Size(max = 3) List<@LongRange(max = 200_000) Long> taxes,
			@ForAll @LongRange(min = 1, max = 1_000) long refundPerMille) {
		List<QuotedPrice.Line> lines = new ArrayList<>();
		lines.add(new QuotedPrice.Line("BASE", "Service", subtotal, "base"));
		for (int i = 0; i < taxes.size(); i++) {
			lines.add(new QuotedPrice.Line("TAX_" + i, "Tax " + i, taxes.get(i), "rate"));
		}
		long total = subtotal + taxes.stream().mapToLong(Long::longValue).sum();
		long taxTotal = total - subtotal;
		QuotedPrice price = new QuotedPrice("q", "EUR", total, 0, taxTotal, lines);
		Invoice invoice = InvoiceDrafting.invoice(new DocumentNumber(DocumentKind.INVOICE, 2026, 1), UUID.randomUUID(),
				UUID.randomUUID(), price, new Party("Seller", null, null, null), new Party("Buyer", null, null, null),
				total, Instant.EPOCH);
		long refund = Math.max(1, total * refundPerMille / 1_000);

		CreditNote note = InvoiceDrafting.creditNote(new DocumentNumber(DocumentKind.CREDIT_NOTE, 2026, 1), invoice,
				UUID.randomUUID(), refund, Instant.EPOCH);

		assertThat(note.totalCents()).isEqualTo(refund);
		for (int i = 0; i < taxes.size(); i++) {
			assertThat(note.taxes().get(i).amountCents()).isBetween(0L, taxes.get(i));
		}
	}

}
