package org.bookingfleet.platform.web;

import java.time.Clock;

import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.TokenTrust;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request ids, body limits, the refusal of NUL characters and of unbounded text, strict
 * JSON, the error envelope and JWT callers for every WebFlux application of the fleet.
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
public class WebEdgeAutoConfiguration {

	private static final String GATEWAY_ROUTES = "org.springframework.cloud.gateway.route.RouteLocator";

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

	/** A gateway passes bodies on unread; the service that reads one checks it. */
	@Bean
	NulRefusal nulRefusal() {
		return new NulRefusal(!ClassUtils.isPresent(GATEWAY_ROUTES, WebEdgeAutoConfiguration.class.getClassLoader()));
	}

	/** Duplicate keys and numbers where text is expected are refused, not guessed at. */
	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return StrictJson::configure;
	}

	/**
	 * Every JSON text of a body is bounded; a service that reads a body checks it, as for
	 * NUL characters.
	 */
	@Bean
	TextLimit textLimit(@Value("${fleet.web.max-text-chars:" + TextLimit.DEFAULT_MAX_CHARS + "}") int maxChars) {
		return new TextLimit(maxChars,
				!ClassUtils.isPresent(GATEWAY_ROUTES, WebEdgeAutoConfiguration.class.getClassLoader()));
	}

	@Bean
	ErrorEnvelopeHandler errorEnvelopeHandler(ObjectProvider<JsonMapper> json, Clock clock) {
		return new ErrorEnvelopeHandler(json.getIfAvailable(JsonMapper::new), clock);
	}

	@Bean
	JwtTokens jwtTokens(@Value("${fleet.security.jwt-secret}") String secret, Clock clock) {
		return new JwtTokens(secret, clock);
	}

	/**
	 * Tokens are checked against the identity provider's keys when an issuer (or its JWKS
	 * address) is set, with the local HS256 key when none is, and both ways when local
	 * tokens are switched on beside an issuer: see {@link TokenTrust}.
	 */
	@Bean
	Callers callers(JwtTokens tokens, Environment environment) {
		return new Callers(TokenTrust.from(environment).verifier(tokens));
	}

}
