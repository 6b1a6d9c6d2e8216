package org.bookingfleet.platform.security;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Which tokens an application of the fleet trusts, from its configuration:
 * <ul>
 * <li>{@code fleet.security.issuer-uri} ({@code FLEET_ISSUER_URI}): an OpenID Connect
 * issuer (the fleet's identity module, Keycloak, Auth0, any other); its tokens are
 * checked against the keys its discovery document names, and their {@code iss} must be
 * this issuer;</li>
 * <li>{@code fleet.security.jwk-set-uri} ({@code FLEET_JWK_SET_URI}; formerly
 * {@code fleet.security.jwks-uri}, {@code FLEET_JWKS_URI}): the issuer's keys at this
 * address instead of through discovery;</li>
 * <li>{@code fleet.security.local-tokens} ({@code FLEET_LOCAL_TOKENS}): whether HS256
 * tokens signed with {@code fleet.security.jwt-secret} are accepted too. By default they
 * are when no issuer is set (tests, tools), and are not when one is; the local fleet
 * turns them on beside its identity module for its tools.</li>
 * </ul>
 * The {@code production} profile trusts the issuer only: it refuses to start without one,
 * or with local tokens on.
 */
public record TokenTrust(String issuerUri, String jwkSetUri, boolean localTokens) {

	public static final String PRODUCTION = "production";

	public static TokenTrust from(Environment environment) {
		String issuer = first(environment, "fleet.security.issuer-uri", "FLEET_ISSUER_URI");
		String jwkSet = first(environment, "fleet.security.jwk-set-uri", "FLEET_JWK_SET_URI", "fleet.security.jwks-uri",
				"FLEET_JWKS_URI");
		boolean hasIssuer = StringUtils.hasText(issuer) || StringUtils.hasText(jwkSet);
		String local = first(environment, "fleet.security.local-tokens", "FLEET_LOCAL_TOKENS");
		boolean localTokens = StringUtils.hasText(local) ? Boolean.parseBoolean(local.strip()) : !hasIssuer;
		if (environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
			if (!hasIssuer) {
				throw new IllegalStateException("the production profile trusts an identity provider's tokens only: "
						+ "set fleet.security.issuer-uri (FLEET_ISSUER_URI)");
			}
			if (localTokens) {
				throw new IllegalStateException("the production profile accepts no token signed with the shared "
						+ "HS256 key: remove fleet.security.local-tokens (FLEET_LOCAL_TOKENS)");
			}
		}
		return new TokenTrust(issuer, jwkSet, localTokens);
	}

	public boolean hasIssuer() {
		return StringUtils.hasText(this.issuerUri) || StringUtils.hasText(this.jwkSetUri);
	}

	/**
	 * The issuer's RS256 tokens, checked with its published keys, fetched on the first
	 * token (the issuer need not be up when the application starts) and cached.
	 * Validators: expiry and not-before, and {@code iss} when an issuer is set.
	 */
	public NimbusReactiveJwtDecoder issuerDecoder() {
		if (!hasIssuer()) {
			throw new IllegalStateException("no issuer is configured");
		}
		NimbusReactiveJwtDecoder decoder = StringUtils.hasText(this.jwkSetUri)
				? NimbusReactiveJwtDecoder.withJwkSetUri(this.jwkSetUri).build()
				: NimbusReactiveJwtDecoder.withIssuerLocation(this.issuerUri).build();
		decoder.setJwtValidator(StringUtils.hasText(this.issuerUri)
				? JwtValidators.createDefaultWithIssuer(this.issuerUri) : JwtValidators.createDefault());
		return decoder;
	}

	/**
	 * The {@code iss} check alone, for an application that sets validators of its own.
	 */
	public OAuth2TokenValidator<Jwt> issuerValidator() {
		return StringUtils.hasText(this.issuerUri) ? new JwtIssuerValidator(this.issuerUri)
				: token -> OAuth2TokenValidatorResult.success();
	}

	/**
	 * The caller of a token: the local HS256 check, the issuer's, or each for the tokens
	 * signed its way.
	 */
	public TokenVerifier verifier(JwtTokens local) {
		if (!hasIssuer()) {
			return local;
		}
		JwksTokens issuer = new JwksTokens(issuerDecoder());
		return this.localTokens ? new AcceptedTokens(local, issuer) : issuer;
	}

	private static String first(Environment environment, String... names) {
		for (String name : names) {
			String value = environment.getProperty(name);
			if (StringUtils.hasText(value)) {
				return value.strip();
			}
		}
		return "";
	}

}
