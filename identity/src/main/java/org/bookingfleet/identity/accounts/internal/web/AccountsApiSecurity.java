package org.bookingfleet.identity.accounts.internal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The admin API ({@code /api/**}) is a resource server: a bearer JWT of this identity
 * provider (checked against its own signing keys), whose {@code roles} claim names
 * {@code ADMIN}. No session, no cookie, no CSRF token: the gateway relays the page's
 * token. Refusals in the fleet's error envelope.
 */
@Configuration(proxyBeanMethods = false)
class AccountsApiSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain adminApi(HttpSecurity http, ApiErrors errors) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole("ADMIN"))
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(fleetRoles()))
				.authenticationEntryPoint(errors.unauthenticated())
				.accessDeniedHandler(errors.forbidden()))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(errors.unauthenticated())
				.accessDeniedHandler(errors.forbidden()))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.csrf(AbstractHttpConfigurer::disable);
		return http.build();
	}

	/** {@code roles: ["ADMIN"]} is the authority {@code ROLE_ADMIN}. */
	private static JwtAuthenticationConverter fleetRoles() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(roles);
		return converter;
	}

}
