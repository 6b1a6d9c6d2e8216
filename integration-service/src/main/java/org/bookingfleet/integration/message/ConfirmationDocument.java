package org.bookingfleet.integration.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF confirmation attached to the confirmation email: the same words as the email on
 * one A4 page, in the standard Helvetica font with WinAnsi encoding (enough for English
 * and Spanish). A PDF this plain needs no library.
 */
public final class ConfirmationDocument {

	private static final Charset WIN_ANSI = Charset.forName("windows-1252");

	private static final int LINE_WIDTH = 90;

	private static final int MAX_LINES = 60;

	private ConfirmationDocument() {
	}

	public static byte[] of(RenderedMessage confirmation) {
		StringBuilder content = new StringBuilder("BT\n/F1 16 Tf\n56 780 Td\n(").append(escape(confirmation.subject()))
			.append(") Tj\n/F1 11 Tf\n0 -28 Td\n");
		for (String line : wrapped(confirmation.body())) {
			content.append('(').append(escape(line)).append(") Tj\n0 -15 Td\n");
		}
		content.append("ET\n");
		byte[] stream = content.toString().getBytes(WIN_ANSI);

		List<byte[]> objects = List.of(ascii("<< /Type /Catalog /Pages 2 0 R >>"),
				ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
				ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
						+ "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
				ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
				concat(ascii("<< /Length " + stream.length + " >>\nstream\n"), stream, ascii("endstream")));

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.writeBytes(ascii("%PDF-1.4\n"));
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.size());
			pdf.writeBytes(ascii((i + 1) + " 0 obj\n"));
			pdf.writeBytes(objects.get(i));
			pdf.writeBytes(ascii("\nendobj\n"));
		}
		int xref = pdf.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		table.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		pdf.writeBytes(ascii(table.toString()));
		return pdf.toByteArray();
	}

	private static List<String> wrapped(String body) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : body.split("\n", -1)) {
			String rest = paragraph;
			while (rest.length() > LINE_WIDTH) {
				int cut = rest.lastIndexOf(' ', LINE_WIDTH);
				cut = cut <= 0 ? LINE_WIDTH : cut;
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut).stripLeading();
			}
			lines.add(rest);
		}
		return lines.size() > MAX_LINES ? lines.subList(0, MAX_LINES) : lines;
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '(' || c == ')' || c == '\\') {
				out.append('\\');
			}
			out.append(WIN_ANSI.newEncoder().canEncode(c) ? c : '?');
		}
		return out.toString();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
