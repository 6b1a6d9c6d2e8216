package org.bookingfleet.booking;

import java.security.SecureRandom;
import java.time.Clock;
import org.bookingfleet.booking.idempotency.IdempotencyRules;
import org.bookingfleet.booking.quote.QuoteTokenVerifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BookingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    QuoteTokenVerifier quoteTokenVerifier(BookingSettings settings) {
        return new QuoteTokenVerifier(settings.keys());
    }

    @Bean
    IdempotencyRules idempotencyRules() {
        return IdempotencyRules.STANDARD;
    }
}
