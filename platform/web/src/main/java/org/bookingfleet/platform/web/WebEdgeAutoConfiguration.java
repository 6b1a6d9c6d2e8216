package org.bookingfleet.platform.web;

import java.time.Clock;

import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.security.JwksTokens;
import org.bookingfleet.platform.security.JwtTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/** Request ids, body limits, the error envelope and JWT callers for every WebFlux application of the fleet. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
public class WebEdgeAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	RequestIds requestIds() {
		return new RequestIds();
	}

	@Bean
	RequestSizeLimit requestSizeLimit(@Value("${fleet.web.max-body-bytes:262144}") long maxBodyBytes) {
		return new RequestSizeLimit(maxBodyBytes);
	}

	@Bean
	ErrorEnvelopeHandler errorEnvelopeHandler(ObjectProvider<JsonMapper> json, Clock clock) {
		return new ErrorEnvelopeHandler(json.getIfAvailable(JsonMapper::new), clock);
	}

	@Bean
	JwtTokens jwtTokens(@Value("${fleet.security.jwt-secret}") String secret, Clock clock) {
		return new JwtTokens(secret, clock);
	}

	/** Tokens are checked against the identity provider's keys when a JWKS URL is set, else with the local key. */
	@Bean
	Callers callers(JwtTokens tokens, @Value("${fleet.security.jwks-uri:${FLEET_JWKS_URI:}}") String jwksUri) {
		return new Callers(jwksUri.isBlank() ? tokens : new JwksTokens(jwksUri));
	}

}
