package org.bookingfleet.payment.billing.invoice;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number such as {@code HMNP-INV-2026-00042}: the issuing business's series prefix, the
 * kind of document, the year of issue and the place in that year's series. Each business
 * numbers its documents in its own series; a document of no known business is numbered in
 * the platform's series, without a prefix ({@code INV-2026-00042}). The sequence has at
 * least five digits and widens past 99999 rather than ever refusing to number a document.
 */
public record DocumentNumber(String series, DocumentKind kind, int year,
		long sequence) implements Comparable<DocumentNumber> {

	private static final Pattern FORMAT = Pattern.compile("(?:([A-Z][A-Z0-9]{1,9})-)?([A-Z]+)-(\\d{4})-(\\d{5,18})");

	private static final Pattern SERIES = Pattern.compile("|[A-Z][A-Z0-9]{1,9}");

	public DocumentNumber {
		series = series == null ? "" : series;
		Objects.requireNonNull(kind, "kind");
		if (!SERIES.matcher(series).matches()) {
			throw new IllegalArgumentException("a series prefix is 2 to 10 capital letters or digits: " + series);
		}
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("a document year has four digits: " + year);
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("a series starts at 1: " + sequence);
		}
	}

	/** A number of the platform's own series, without a business prefix. */
	public DocumentNumber(DocumentKind kind, int year, long sequence) {
		this("", kind, year, sequence);
	}

	public static Optional<DocumentNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String digits = matcher.group(4);
		if (digits.length() > 5 && digits.startsWith("0")) {
			return Optional.empty();
		}
		try {
			DocumentKind kind = DocumentKind.ofPrefix(matcher.group(2));
			return Optional.of(new DocumentNumber(matcher.group(1), kind, Integer.parseInt(matcher.group(3)),
					Long.parseLong(digits)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		String number = String.format("%s-%04d-%05d", kind.prefix(), year, sequence);
		return series.isEmpty() ? number : series + "-" + number;
	}

	@Override
	public int compareTo(DocumentNumber other) {
		int bySeries = series.compareTo(other.series);
		if (bySeries != 0) {
			return bySeries;
		}
		int byKind = kind.compareTo(other.kind);
		if (byKind != 0) {
			return byKind;
		}
		int byYear = Integer.compare(year, other.year);
		return byYear != 0 ? byYear : Long.compare(sequence, other.sequence);
	}

}
