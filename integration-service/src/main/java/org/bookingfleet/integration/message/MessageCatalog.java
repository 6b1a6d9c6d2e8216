package org.bookingfleet.integration.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The message texts, one template file per language ({@code messages/<tag>.properties},
 * UTF-8), so a business changes its wording without a release of code: a file of the same
 * name in a business's own folder replaces the shipped one for that language. Loading
 * fails, naming the file and the key, when a language lacks a message or a phrase, or a
 * template names a value we do not supply.
 */
public final class MessageCatalog {

	public static final Set<String> PLACEHOLDERS = Set.of("customer", "service", "provider", "date", "time", "zone",
			"address", "bookingId", "requirements", "expires", "link", "price", "seats", "refund", "footer", "balance",
			"document", "addressLine", "manageLink");

	/**
	 * Words that are not messages of their own: how many seats, said with the number in
	 * {@code {count}}; the line naming an invoice or a credit note, with its
	 * {@code {number}} and {@code {link}}; the line telling where the booking takes
	 * place, with its {@code {address}} ({@code {addressLine}} in a template: no line at
	 * all when there is no place).
	 */
	public static final List<String> PHRASES = List.of("seats.one", "seats.other", "document.invoice",
			"document.creditNote", "address.line");

	private final Map<Language, Map<MessageKind, MessageTemplate>> templates;

	private final Map<Language, Properties> phrases;

	private MessageCatalog(Map<Language, Map<MessageKind, MessageTemplate>> templates,
			Map<Language, Properties> phrases) {
		this.templates = templates;
		this.phrases = phrases;
	}

	public static MessageCatalog fromClasspath() {
		return load(Optional.empty());
	}

	/**
	 * The shipped templates, each language's file replaced by the one of the same name in
	 * {@code businessFolder} where it has one.
	 */
	public static MessageCatalog load(Optional<Path> businessFolder) {
		Map<Language, Map<MessageKind, MessageTemplate>> all = new EnumMap<>(Language.class);
		Map<Language, Properties> phrases = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			String file = language.tag() + ".properties";
			Optional<Path> own = businessFolder.map(folder -> folder.resolve(file)).filter(Files::isRegularFile);
			Properties entries = own.map(MessageCatalog::read).orElseGet(() -> shipped(language, file));
			String source = own.map(Path::toString).orElse("classpath:messages/" + file);
			all.put(language, templates(language, entries, source));
			for (String phrase : PHRASES) {
				required(entries, phrase, source);
			}
			phrases.put(language, entries);
		}
		return new MessageCatalog(all, phrases);
	}

	public MessageTemplate template(MessageKind kind, Language language) {
		return templates.get(language).get(kind);
	}

	/** How many seats, in words: "A spot", "3 spots". */
	public String seats(Language language, int count) {
		String phrase = phrases.get(language).getProperty(count == 1 ? "seats.one" : "seats.other");
		return phrase.replace("{count}", Integer.toString(count));
	}

	/**
	 * A phrase of {@link #PHRASES} in a language, its {@code {name}} values filled in.
	 */
	public String phrase(Language language, String key, Map<String, String> values) {
		String phrase = phrases.get(language).getProperty(key);
		for (Map.Entry<String, String> value : values.entrySet()) {
			phrase = phrase.replace("{" + value.getKey() + "}", value.getValue());
		}
		return phrase;
	}

	private static Properties shipped(Language language, String file) {
		try (InputStream in = MessageCatalog.class.getResourceAsStream("/messages/" + file)) {
			if (in == null) {
				throw new IllegalStateException("no templates for " + language.tag() + " at messages/" + file);
			}
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Properties read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read templates " + file, e);
		}
	}

	private static Properties read(InputStream in) throws IOException {
		Properties entries = new Properties();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			entries.load(reader);
		}
		return entries;
	}

	private static Map<MessageKind, MessageTemplate> templates(Language language, Properties entries, String source) {
		Map<MessageKind, MessageTemplate> byKind = new EnumMap<>(MessageKind.class);
		for (MessageKind kind : MessageKind.values()) {
			MessageTemplate template = new MessageTemplate(required(entries, kind.key() + ".subject", source),
					required(entries, kind.key() + ".body", source), required(entries, kind.key() + ".text", source));
			Set<String> unknown = new TreeSet<>(template.placeholders());
			unknown.removeAll(PLACEHOLDERS);
			if (!unknown.isEmpty()) {
				throw new IllegalStateException(
						"templates " + source + ": " + kind.key() + " uses unknown values " + unknown);
			}
			byKind.put(kind, template);
		}
		return byKind;
	}

	private static String required(Properties entries, String key, String source) {
		String value = entries.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("templates " + source + " lack the key " + key);
		}
		return value;
	}

}
