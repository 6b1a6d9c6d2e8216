package org.bookingfleet.payment.billing.invoice;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One year's series of one kind of document and the last number it gave. Numbers are
 * handed out one after another from 1 each year; the year is the issuing business's
 * calendar year, so a payment at 23:30 on New Year's Eve in Texas is numbered in the old
 * year although it is already January in UTC.
 */
public record DocumentSeries(DocumentKind kind, int year, long lastIssued) {

	public DocumentSeries {
		Objects.requireNonNull(kind, "kind");
		if (lastIssued < 0) {
			throw new IllegalArgumentException("a series never goes below zero");
		}
	}

	public static DocumentSeries opening(DocumentKind kind, int year) {
		return new DocumentSeries(kind, year, 0);
	}

	public static int yearOf(Instant issuedAt, ZoneId businessZone) {
		return issuedAt.atZone(businessZone).getYear();
	}

	public Issued issue() {
		DocumentSeries next = new DocumentSeries(kind, year, Math.addExact(lastIssued, 1));
		return new Issued(new DocumentNumber(kind, year, next.lastIssued), next);
	}

	public record Issued(DocumentNumber number, DocumentSeries series) {
	}

}
