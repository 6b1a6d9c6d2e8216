package org.bookingfleet.integration.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The message texts, one template file per language ({@code messages/<tag>.properties},
 * UTF-8), so a business changes its wording without a release of code. Loading fails when
 * a language lacks a message or a template names a value we do not supply.
 */
public final class MessageCatalog {

	public static final Set<String> PLACEHOLDERS = Set.of("customer", "service", "provider", "date", "time", "zone",
			"address", "bookingId", "requirements", "expires", "link");

	private final Map<Language, Map<MessageKind, MessageTemplate>> templates;

	private MessageCatalog(Map<Language, Map<MessageKind, MessageTemplate>> templates) {
		this.templates = templates;
	}

	public static MessageCatalog fromClasspath() {
		Map<Language, Map<MessageKind, MessageTemplate>> all = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			all.put(language, load(language, "/messages/" + language.tag() + ".properties"));
		}
		return new MessageCatalog(all);
	}

	public MessageTemplate template(MessageKind kind, Language language) {
		return templates.get(language).get(kind);
	}

	private static Map<MessageKind, MessageTemplate> load(Language language, String resource) {
		Properties entries = new Properties();
		try (InputStream in = MessageCatalog.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no templates for " + language.tag() + " at " + resource);
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				entries.load(reader);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<MessageKind, MessageTemplate> byKind = new EnumMap<>(MessageKind.class);
		for (MessageKind kind : MessageKind.values()) {
			MessageTemplate template = new MessageTemplate(required(entries, kind.key() + ".subject", language),
					required(entries, kind.key() + ".body", language),
					required(entries, kind.key() + ".text", language));
			Set<String> unknown = new TreeSet<>(template.placeholders());
			unknown.removeAll(PLACEHOLDERS);
			if (!unknown.isEmpty()) {
				throw new IllegalStateException(language.tag() + " " + kind.key() + " uses unknown " + unknown);
			}
			byKind.put(kind, template);
		}
		return byKind;
	}

	private static String required(Properties entries, String key, Language language) {
		String value = entries.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("templates for " + language.tag() + " lack " + key);
		}
		return value;
	}

}
