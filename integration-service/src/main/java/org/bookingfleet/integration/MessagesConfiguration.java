package org.bookingfleet.integration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.bookingfleet.integration.message.BookingMessages;
import org.bookingfleet.integration.message.MessageCatalog;
import org.bookingfleet.integration.waitlist.OfferMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The message templates, read and checked once at start: a business's own files in
 * {@code integration.messages.folder} ({@code INTEGRATION_MESSAGES_FOLDER}) replace the
 * shipped ones of their language, and a template file that lacks a key stops the start,
 * naming the file and the key.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageCatalog messageCatalog(@Value("${integration.messages.folder:}") String folder) {
		Optional<Path> own = Optional.of(folder).filter(f -> !f.isBlank()).map(Path::of);
		own.filter(path -> !Files.isDirectory(path)).ifPresent(path -> {
			throw new IllegalStateException("integration.messages.folder " + path + " is not a folder");
		});
		return MessageCatalog.load(own);
	}

	@Bean
	BookingMessages bookingMessages(MessageCatalog catalog) {
		return new BookingMessages(catalog);
	}

	@Bean
	OfferMessages offerMessages(MessageCatalog catalog, WaitlistSettings waitlist) {
		return new OfferMessages(catalog, waitlist.bookingPageUrl());
	}

}
