package org.bookingfleet.gateway.cache.internal.web;

import java.time.Clock;

import org.bookingfleet.gateway.cache.PublicAnswers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's one store of public answers, shared by its routes and its guests' reads.
 */
@Configuration(proxyBeanMethods = false)
class PublicCacheConfiguration {

	@Bean
	PublicAnswers publicAnswers(@Value("${fleet.gateway.public-cache.entries:256}") int entries) {
		return new PublicAnswers(entries, Clock.systemUTC());
	}

	@Bean
	GuestAnswers guestAnswers(PublicAnswers answers) {
		return new GuestAnswers(answers);
	}

}
