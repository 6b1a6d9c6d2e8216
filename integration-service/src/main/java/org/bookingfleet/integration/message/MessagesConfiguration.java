package org.bookingfleet.integration.message;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    BookingMessages bookingMessages() {
        return new BookingMessages(MessageCatalog.fromClasspath());
    }
}
