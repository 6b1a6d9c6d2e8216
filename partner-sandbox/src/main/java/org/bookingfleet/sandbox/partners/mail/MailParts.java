package org.bookingfleet.sandbox.partners.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;

import org.bookingfleet.sandbox.partners.mail.CapturedEmails.AttachedFile;

/**
 * One email taken apart: its first plain text and its attached files with their bytes,
 * each kept up to {@link #MAX_ATTACHMENT_BYTES}; a larger file is listed by name and size
 * only.
 */
public final class MailParts {

	/** The most bytes of one attached file the sandbox keeps and serves: 5 MiB. */
	public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

	/**
	 * An attached file; {@code content} is empty when it was over the limit ({@code kept}
	 * false).
	 */
	public record Attachment(String name, String contentType, long size, boolean kept, byte[] content) {
	}

	private final String text;

	private final List<Attachment> attachments;

	private MailParts(String text, List<Attachment> attachments) {
		this.text = text;
		this.attachments = attachments;
	}

	public static MailParts of(Part message) {
		try {
			StringBuilder text = new StringBuilder();
			List<Attachment> attachments = new ArrayList<>();
			collect(message, text, attachments);
			return new MailParts(text.toString(), List.copyOf(attachments));
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("could not read a captured email", e);
		}
	}

	public String text() {
		return text;
	}

	public List<String> names() {
		return attachments.stream().map(Attachment::name).toList();
	}

	/**
	 * The files as listed under the email's address {@code emailPath}; a name is one
	 * encoded path segment.
	 */
	public List<AttachedFile> files(String emailPath) {
		return attachments.stream()
			.map(file -> new AttachedFile(file.name(), file.contentType(), file.size(), file.kept(),
					file.kept() ? emailPath + "/attachments/" + segment(file.name()) : null))
			.toList();
	}

	/** The first file of that name whose bytes were kept. */
	public Optional<Attachment> attachment(String name) {
		return attachments.stream().filter(file -> file.name().equals(name) && file.kept()).findFirst();
	}

	private static void collect(Part part, StringBuilder text, List<Attachment> attachments)
			throws MessagingException, IOException {
		if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			attachments.add(read(part));
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				collect(parts.getBodyPart(i), text, attachments);
			}
		}
		else if (part.isMimeType("text/plain") && text.isEmpty()) {
			text.append(part.getContent().toString());
		}
	}

	/** Reads the decoded bytes up to the limit and counts the rest without keeping it. */
	private static Attachment read(Part part) throws MessagingException, IOException {
		String name = part.getFileName() == null ? "" : part.getFileName();
		try (InputStream in = part.getInputStream()) {
			byte[] head = in.readNBytes(MAX_ATTACHMENT_BYTES + 1);
			if (head.length <= MAX_ATTACHMENT_BYTES) {
				return new Attachment(name, contentType(part), head.length, true, head);
			}
			long size = head.length;
			byte[] rest = new byte[8192];
			for (int read = in.read(rest); read >= 0; read = in.read(rest)) {
				size += read;
			}
			return new Attachment(name, contentType(part), size, false, new byte[0]);
		}
	}

	/** The part's type and parameters on one line, without the file name it repeats. */
	private static String contentType(Part part) throws MessagingException {
		String declared = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
		String unfolded = declared.replaceAll("\\s*\\r?\\n\\s*", " ").trim();
		try {
			ContentType type = new ContentType(unfolded);
			StringBuilder line = new StringBuilder(type.getBaseType().toLowerCase());
			if (type.getParameterList() != null) {
				for (String parameter : Collections.list(type.getParameterList().getNames())) {
					if (!parameter.equalsIgnoreCase("name")) {
						line.append("; ").append(parameter).append('=').append(type.getParameter(parameter));
					}
				}
			}
			return line.toString();
		}
		catch (ParseException unreadable) {
			return unfolded;
		}
	}

	private static String segment(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
