package org.bookingfleet.platform.web;

/**
 * Finds the NUL character (U+0000) in a body read chunk by chunk: as a raw zero byte
 * (UTF-8 writes U+0000 so and never uses a zero byte otherwise) and, in JSON, as the
 * escape {@code \u0000}, counted only where a backslash starts an escape ({@code \\u0000}
 * is the text "\u0000", not a NUL). It keeps its state between chunks, so an escape split
 * across two chunks is found.
 */
final class NulScan {

	private static final int TEXT = 0;

	private static final int ESCAPE = 1;

	/**
	 * After {@code \}{@code u}: states 2 to 5 count the zeros seen, 6 means four of them.
	 */
	private static final int UNICODE = 2;

	private static final int FOUND = UNICODE + 4;

	private final boolean rawBytes;

	private final boolean jsonEscapes;

	private int state = TEXT;

	NulScan(boolean rawBytes, boolean jsonEscapes) {
		this.rawBytes = rawBytes;
		this.jsonEscapes = jsonEscapes;
	}

	/** Reads the next bytes of the body; true once a NUL has been seen. */
	boolean finds(byte next) {
		if (next == 0 && this.rawBytes) {
			return true;
		}
		if (!this.jsonEscapes) {
			return false;
		}
		this.state = switch (this.state) {
			case TEXT -> (next == '\\') ? ESCAPE : TEXT;
			case ESCAPE -> (next == 'u') ? UNICODE : TEXT;
			default -> (next == '0') ? this.state + 1 : ((next == '\\') ? ESCAPE : TEXT);
		};
		return this.state == FOUND;
	}

}
