package org.bookingfleet.gateway.security.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

import org.bookingfleet.gateway.PageSettings;
import org.bookingfleet.gateway.security.internal.signin.SignIn;
import org.bookingfleet.platform.security.AcceptedTokens;
import org.bookingfleet.platform.security.TokenTrust;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.CacheControlServerHttpHeadersWriter;
import org.springframework.security.web.server.header.CompositeServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentSecurityPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentTypeOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.header.PermissionsPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StrictTransportSecurityServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XXssProtectionServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway as an OAuth2 resource server: JWTs signed with the fleet's HS256 key
 * locally, or checked against the identity provider's keys when
 * {@code fleet.security.issuer-uri} (or {@code jwk-set-uri}) is set, or both (see
 * {@link TokenTrust}); roles from the {@code roles} claim. Also CORS for the configured
 * origins and the security headers of every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(PageSettings.class)
class EdgeSecurity {

	@Bean
	SecurityWebFilterChain edge(ServerHttpSecurity http, ReactiveJwtDecoder decoder, SignIn signIn) {
		EnvelopeRefusals refusals = new EnvelopeRefusals();
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName("roles");
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter callers = new JwtAuthenticationConverter();
		callers.setJwtGrantedAuthoritiesConverter(roles);
		// the page's sign-in (a session) and CSRF for the session's calls; bearer calls
		// are
		// as before
		return signIn.apply(http)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.cors(cors -> {
			})
			// written by securityHeaders below, for every answer
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.authorizeExchange(AccessRules::apply)
			.oauth2ResourceServer(server -> server.authenticationEntryPoint(refusals)
				.accessDeniedHandler(refusals)
				.jwt(jwt -> jwt.jwtDecoder(decoder)
					.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(callers))))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.build();
	}

	/**
	 * The page's scripts, styles and icon: the same public files for everyone, answered
	 * before any sign-in, session or CSRF work (a session looked up or made, the CSRF
	 * cookie issued again for every file cost a third of their throughput). The page's
	 * HTML documents stay on the main chain: they issue the CSRF cookie the scripts send
	 * back.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain pageFilesPassFreely(ServerHttpSecurity http) {
		return http
			.securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/assets/**", "/favicon.svg",
					"/favicon.ico"))
			.authorizeExchange(rules -> rules.anyExchange().permitAll())
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.anonymous(ServerHttpSecurity.AnonymousSpec::disable)
			// written by securityHeaders below, for every answer
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.build();
	}

	/**
	 * No observation of each security filter, authentication and authorization: nobody
	 * reads them (requests are timed as {@code http.server.requests}, refusals counted by
	 * their status), and they cost CPU on every request.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The security headers of every answer, set just before it is sent: first of the
	 * filters, so that the refusals of those that come before the security chain (a body
	 * too large, a NUL character, the firewall) carry them too.
	 */
	@Bean
	SecurityHeaders securityHeaders(PageSettings page, SignIn signIn) {
		ContentSecurityPolicyServerHttpHeadersWriter contentSecurity = new ContentSecurityPolicyServerHttpHeadersWriter();
		String policy = page.contentSecurityPolicy();
		if (signIn.properties().enabled()) {
			// signing out posts to the gateway, which sends the browser on to the issuer
			policy = policy.replace("form-action 'self'", "form-action 'self' " + signIn.properties().issuerOrigin());
		}
		contentSecurity.setPolicyDirectives(policy);
		ReferrerPolicyServerHttpHeadersWriter referrer = new ReferrerPolicyServerHttpHeadersWriter();
		referrer.setPolicy(ReferrerPolicy.NO_REFERRER);
		PermissionsPolicyServerHttpHeadersWriter permissions = new PermissionsPolicyServerHttpHeadersWriter();
		permissions.setPolicy("camera=(), microphone=(), geolocation=(self)");
		return new SecurityHeaders(new CompositeServerHttpHeadersWriter(new CacheControlServerHttpHeadersWriter(),
				new ContentTypeOptionsServerHttpHeadersWriter(), new StrictTransportSecurityServerHttpHeadersWriter(),
				new XFrameOptionsServerHttpHeadersWriter(), new XXssProtectionServerHttpHeadersWriter(),
				contentSecurity, referrer, permissions));
	}

	static final class SecurityHeaders extends HttpHeaderWriterWebFilter implements Ordered {

		SecurityHeaders(ServerHttpHeadersWriter writer) {
			super(writer);
		}

		/** Right after the request id, before any filter that may refuse. */
		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 1;
		}

	}

	/**
	 * The same keys and the same checks as the services ({@link TokenTrust}): HS256
	 * tokens of the shared key when no issuer is set or local tokens are on, the issuer's
	 * tokens against its published keys when one is; each with an expiry and no leeway on
	 * it, the issuer's also with its {@code iss}.
	 */
	@Bean
	ReactiveJwtDecoder jwtDecoder(@Value("${fleet.security.jwt-secret}") String secret, Environment environment) {
		OAuth2TokenValidator<Jwt> inForce = new DelegatingOAuth2TokenValidator<>(
				new JwtTimestampValidator(Duration.ZERO), new JwtClaimValidator<>("exp", Objects::nonNull));
		TokenTrust trust = TokenTrust.from(environment);
		NimbusReactiveJwtDecoder local = NimbusReactiveJwtDecoder
			.withSecretKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		local.setJwtValidator(inForce);
		if (!trust.hasIssuer()) {
			return local;
		}
		NimbusReactiveJwtDecoder issuer = trust.issuerDecoder();
		issuer.setJwtValidator(new DelegatingOAuth2TokenValidator<>(inForce, trust.issuerValidator()));
		if (!trust.localTokens()) {
			return issuer;
		}
		return token -> AcceptedTokens.isSharedKey(token) ? local.decode(token) : issuer.decode(token);
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(
			@Value("${fleet.gateway.cors.allowed-origins:}") List<String> allowedOrigins) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		List<String> origins = allowedOrigins.stream().filter(StringUtils::hasText).map(String::trim).toList();
		if (origins.isEmpty()) {
			return source;
		}
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(origins);
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
		api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Booking-Token",
				"X-Request-Id", "traceparent", "Last-Event-ID"));
		api.setExposedHeaders(List.of("X-Request-Id", "Location", "Retry-After", "RateLimit-Limit",
				"RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy"));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofHours(1));
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

}
