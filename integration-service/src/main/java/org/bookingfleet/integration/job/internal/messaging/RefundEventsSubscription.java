package org.bookingfleet.integration.job.internal.messaging;

import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RefundEventsSubscription {

	@Bean
	EventSubscription refundEvents(RefundNotices notices) {
		return EventSubscription.named("refund-notices")
			.on(RefundIssued.class, (event, envelope) -> notices.issued(event));
	}

}
