package org.bookingfleet.payment.billing.internal.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.bookingfleet.payment.billing.internal.store.InvoiceDocument;
import org.bookingfleet.payment.billing.invoice.Appointment;
import org.bookingfleet.payment.billing.invoice.DocumentKind;
import org.bookingfleet.payment.billing.invoice.InvoiceLine;
import org.bookingfleet.payment.billing.invoice.Party;
import org.bookingfleet.payment.billing.invoice.PaymentRecord;
import org.springframework.stereotype.Component;

/** Prints an invoice or credit note as a one-page PDF. */
@Component
public class InvoicePdf {

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

	private static final Font STRONG = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	public byte[] render(InvoiceDocument invoice) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		String title = invoice.kind() == DocumentKind.INVOICE ? "Invoice " : "Credit note ";
		document.add(new Paragraph(title + invoice.number(), TITLE));
		document.add(new Paragraph(
				"Issued " + DateTimeFormatter.ISO_LOCAL_DATE.format(invoice.issuedAt().atZone(zone(invoice))) + " ("
						+ DateTimeFormatter.ISO_INSTANT.format(invoice.issuedAt()) + ")",
				TEXT));
		if (invoice.invoiceNumber() != null) {
			document.add(new Paragraph("Against invoice " + invoice.invoiceNumber(), TEXT));
		}
		document.add(new Paragraph("Booking " + invoice.bookingId(), TEXT));
		document.add(party("From", invoice.seller()));
		document.add(party("To", invoice.buyer()));
		Appointment appointment = invoice.appointment();
		if (appointment != null) {
			StringBuilder what = new StringBuilder();
			append(what, "Service", appointment.serviceName());
			append(what, "Date", appointment.localStart());
			append(what, "Attendees", appointment.attendeesText());
			if (!what.isEmpty()) {
				Paragraph paragraph = new Paragraph(what.toString(), TEXT);
				paragraph.setSpacingBefore(8);
				document.add(paragraph);
			}
		}
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		for (InvoiceLine line : invoice.lines()) {
			row(table, line.label(), invoice.currency(), line.amountCents(), TEXT);
		}
		row(table, "Subtotal", invoice.currency(), invoice.subtotalCents(), STRONG);
		for (InvoiceLine tax : invoice.taxes()) {
			row(table, tax.label(), invoice.currency(), tax.amountCents(), TEXT);
		}
		row(table, "Total", invoice.currency(), invoice.totalCents(), STRONG);
		if (invoice.kind() == DocumentKind.INVOICE) {
			List<PaymentRecord> payments = invoice.payments() == null ? List.of() : invoice.payments();
			for (PaymentRecord payment : payments) {
				row(table, "Paid " + DateTimeFormatter.ISO_LOCAL_DATE.format(payment.paidAt().atZone(zone(invoice))),
						invoice.currency(), payment.amountCents(), TEXT);
			}
			if (payments.isEmpty()) {
				row(table, "Paid", invoice.currency(), invoice.paidCents(), TEXT);
			}
			row(table, "Balance due", invoice.currency(), invoice.balanceDueCents(), STRONG);
		}
		document.add(table);
		document.close();
		return out.toByteArray();
	}

	private static Paragraph party(String role, Party party) {
		StringBuilder text = new StringBuilder(role).append(": ").append(party.name());
		party.addressLines().forEach(line -> text.append("\n").append(line));
		if (party.email() != null) {
			text.append("\n").append(party.email());
		}
		if (party.taxId() != null && !party.taxId().isBlank()) {
			text.append("\n").append(party.taxIdLabel() == null ? "Tax id" : party.taxIdLabel()).append(" ");
			text.append(party.taxId());
		}
		Paragraph paragraph = new Paragraph(text.toString(), TEXT);
		paragraph.setSpacingBefore(8);
		return paragraph;
	}

	private static void append(StringBuilder text, String label, String value) {
		if (value != null && !value.isBlank()) {
			text.append(text.isEmpty() ? "" : "\n").append(label).append(": ").append(value);
		}
	}

	private static ZoneId zone(InvoiceDocument invoice) {
		return invoice.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(invoice.timeZone());
	}

	private static void row(PdfPTable table, String label, String currency, long cents, Font font) {
		table.addCell(new PdfPCell(new Phrase(label, font)));
		PdfPCell amount = new PdfPCell(new Phrase(amount(currency, cents), font));
		amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(amount);
	}

	static String amount(String currency, long cents) {
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		return BigDecimal.valueOf(cents, digits).toPlainString() + " " + currency;
	}

}
