package org.bookingfleet.platform.web;

import java.time.Clock;

import org.bookingfleet.platform.security.Callers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every WebFlux application of the fleet trusts at its edge: the client address only
 * as the gateway sealed it, the actuator beyond the probes only to admins, and the
 * server's own refusals only in the error envelope.
 */
@AutoConfiguration(after = WebEdgeAutoConfiguration.class)
public class EdgeTrustAutoConfiguration {

	/**
	 * Its own key when set; otherwise derived from the JWT key, which the gateway and the
	 * services already share.
	 */
	@Bean
	ClientAddresses clientAddresses(
			@Value("${fleet.security.client-address-key:${FLEET_CLIENT_ADDRESS_KEY:${fleet.security.jwt-secret}}}") String key) {
		return new ClientAddresses(key);
	}

	@Bean
	ActuatorAccess actuatorAccess(Callers callers) {
		return new ActuatorAccess(callers);
	}

	@Bean
	DecodingRefusals decodingRefusals(ObjectProvider<JsonMapper> json, Clock clock) {
		return new DecodingRefusals(json.getIfAvailable(JsonMapper::new), clock);
	}

}
