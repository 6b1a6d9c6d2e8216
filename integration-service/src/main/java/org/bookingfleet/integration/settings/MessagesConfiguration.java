package org.bookingfleet.integration.settings;

import org.bookingfleet.integration.message.BookingMessages;
import org.bookingfleet.integration.message.MessageCatalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    BookingMessages bookingMessages() {
        return new BookingMessages(MessageCatalog.fromClasspath());
    }
}
