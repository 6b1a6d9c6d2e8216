package org.bookingfleet.payment.invoice;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number such as {@code INV-2026-00042}: the series, the year of issue and the place in
 * that year's series. The sequence has at least five digits and widens past 99999 rather
 * than ever refusing to number a document.
 */
public record DocumentNumber(DocumentKind kind, int year, long sequence) implements Comparable<DocumentNumber> {

	private static final Pattern FORMAT = Pattern.compile("([A-Z]+)-(\\d{4})-(\\d{5,18})");

	public DocumentNumber {
		Objects.requireNonNull(kind, "kind");
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("a document year has four digits: " + year);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("a series starts at 1: " + sequence);
		}
	}

	public static Optional<DocumentNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String digits = matcher.group(3);
		if (digits.length() > 5 && digits.startsWith("0")) {
			return Optional.empty();
		}
		try {
			DocumentKind kind = DocumentKind.ofPrefix(matcher.group(1));
			return Optional.of(new DocumentNumber(kind, Integer.parseInt(matcher.group(2)), Long.parseLong(digits)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return String.format("%s-%04d-%05d", kind.prefix(), year, sequence);
	}

	@Override
	public int compareTo(DocumentNumber other) {
		int byKind = kind.compareTo(other.kind);
		if (byKind != 0) {
			return byKind;
		}
		int byYear = Integer.compare(year, other.year);
		return byYear != 0 ? byYear : Long.compare(sequence, other.sequence);
	}

}
