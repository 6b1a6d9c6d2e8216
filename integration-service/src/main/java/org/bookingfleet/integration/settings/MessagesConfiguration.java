package org.bookingfleet.integration.settings;

import org.bookingfleet.integration.message.BookingMessages;
import org.bookingfleet.integration.message.MessageCatalog;
import org.bookingfleet.integration.waitlist.OfferMessages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	BookingMessages bookingMessages() {
		return new BookingMessages(MessageCatalog.fromClasspath());
	}

	@Bean
	OfferMessages offerMessages(WaitlistSettings waitlist) {
		return new OfferMessages(MessageCatalog.fromClasspath(), waitlist.bookingPageUrl());
	}

}
