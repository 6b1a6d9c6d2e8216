package org.bookingfleet.booking.waitlisting;

import java.time.Duration;
import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.waitlist.WaitlistRules;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Configuration
class WaitlistConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WaitlistConfiguration.class);

    @Bean
    WaitlistRules waitlistRules() {
        return WaitlistRules.STANDARD;
    }

    @Bean
    EventSubscription waitlist(WaitlistOffers offers) {
        return EventSubscription.named("waitlist").on(SlotReleased.class, (event, envelope) -> offers.released(event));
    }

    @Bean
    SmartLifecycle lapsedOfferSweep(WaitlistOffers offers, BookingSettings settings) {
        return new SmartLifecycle() {
            private volatile Disposable running;

            @Override
            public void start() {
                Duration every = settings.sweepInterval();
                running = Flux.interval(every).onBackpressureDrop()
                        .concatMap(tick -> offers.sweep().onErrorResume(failure -> {
                            log.warn("waitlist offer sweep failed; next tick retries", failure);
                            return Mono.empty();
                        }), 1)
                        .subscribe();
            }

            @Override
            public void stop() {
                Disposable current = running;
                if (current != null) {
                    current.dispose();
                }
                running = null;
            }

            @Override
            public boolean isRunning() {
                return running != null;
            }
        };
    }
}
