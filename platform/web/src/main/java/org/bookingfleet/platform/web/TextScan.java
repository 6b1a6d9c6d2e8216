package org.bookingfleet.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Measures every text of a JSON body read chunk by chunk: each key and each string value,
 * in characters (a UTF-8 sequence or a JSON escape is one), and tells which member a too
 * long one belongs to. Values of members whose name ends in "Token" or "Tokens" are the
 * fleet's own signed tokens and are bounded by the body limit only. It keeps its state
 * between chunks, so a text split across two chunks is measured whole.
 */
final class TextScan {

	/**
	 * Deeper than any request of the fleet and than the JSON reader accepts; beyond it
	 * the body is refused.
	 */
	static final int MAX_DEPTH = 1000;

	private static final int OUTSIDE = 0;

	private static final int TEXT = 1;

	private static final int ESCAPE = 2;

	/** After {@code \}{@code u}: states 3 to 6 count the hex digits seen. */
	private static final int UNICODE = 3;

	private final int maxChars;

	/**
	 * Per open object or array: the member it is the value of, or the member being read
	 * in an object.
	 */
	private final Deque<Frame> frames = new ArrayDeque<>();

	private final ByteArrayOutputStream key = new ByteArrayOutputStream();

	private int state = OUTSIDE;

	private boolean readingKey;

	private int chars;

	private String tooLong;

	TextScan(int maxChars) {
		this.maxChars = maxChars;
	}

	/**
	 * Reads the next byte of the body; true once a text longer than the limit (or a too
	 * deep nesting) was seen.
	 */
	boolean finds(byte next) {
		if (this.tooLong != null) {
			return true;
		}
		switch (this.state) {
			case OUTSIDE -> structure(next);
			case TEXT -> text(next);
			case ESCAPE -> {
				this.state = (next == 'u') ? UNICODE : TEXT;
				remember(next);
			}
			default -> {
				this.state = (this.state == UNICODE + 3) ? TEXT : this.state + 1;
				remember(next);
			}
		}
		return this.tooLong != null;
	}

	/**
	 * The member whose text was too long ("body" outside any object), or null while none
	 * was.
	 */
	String field() {
		return this.tooLong;
	}

	private void structure(byte next) {
		Frame top = this.frames.peek();
		switch (next) {
			case '{', '[' -> {
				if (this.frames.size() >= MAX_DEPTH) {
					this.tooLong = "body";
					return;
				}
				this.frames.push(new Frame(next == '{', (top == null) ? null : top.member));
			}
			case '}', ']' -> this.frames.poll();
			case '"' -> {
				this.state = TEXT;
				this.chars = 0;
				this.readingKey = top != null && top.object && top.expectsKey;
				this.key.reset();
			}
			case ':' -> {
				if (top != null && top.object) {
					top.expectsKey = false;
				}
			}
			case ',' -> {
				if (top != null && top.object) {
					top.expectsKey = true;
				}
			}
			default -> {
			}
		}
	}

	private void text(byte next) {
		if (next == '"') {
			this.state = OUTSIDE;
			if (this.readingKey) {
				Frame top = this.frames.peek();
				top.member = this.key.toString(StandardCharsets.UTF_8);
			}
			return;
		}
		if (next == '\\') {
			// an escape is one character: the backslash counts, the bytes after it belong
			// to it
			this.state = ESCAPE;
		}
		remember(next);
		if ((next & 0xC0) != 0x80 && ++this.chars > this.maxChars && !isToken()) {
			Frame top = this.frames.peek();
			String member = (top == null) ? null : top.member;
			this.tooLong = (this.readingKey || member == null) ? "body" : member;
		}
	}

	private void remember(byte next) {
		if (this.readingKey && this.key.size() <= this.maxChars * 4) {
			this.key.write(next);
		}
	}

	private boolean isToken() {
		if (this.readingKey) {
			return false;
		}
		Frame top = this.frames.peek();
		String member = (top == null) ? null : top.member;
		return member != null && (member.endsWith("Token") || member.endsWith("Tokens"));
	}

	/**
	 * An open object or array and the member it is the value of; in an object, the member
	 * being read.
	 */
	private static final class Frame {

		private final boolean object;

		private boolean expectsKey;

		private String member;

		Frame(boolean object, String member) {
			this.object = object;
			this.expectsKey = object;
			this.member = member;
		}

	}

}
