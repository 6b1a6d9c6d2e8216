package org.bookingfleet.gateway.security.internal.signin;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The gateway's one client registration, {@code identity}, read from the issuer's
 * discovery document on the first sign-in (not at start: the gateway starts and serves
 * bearer calls while the issuer is away) and kept once read. A discovery that fails is
 * tried again by the next sign-in.
 */
final class IssuerRegistrations implements ReactiveClientRegistrationRepository {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final SignInProperties signIn;

	private final WebClient web;

	private volatile ClientRegistration registration;

	IssuerRegistrations(SignInProperties signIn, WebClient web) {
		this.signIn = signIn;
		this.web = web;
	}

	@Override
	public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
		if (!SignInProperties.REGISTRATION.equals(registrationId) || !this.signIn.enabled()) {
			return Mono.empty();
		}
		ClientRegistration known = this.registration;
		if (known != null) {
			return Mono.just(known);
		}
		return discover().doOnNext(read -> this.registration = read);
	}

	private Mono<ClientRegistration> discover() {
		String issuer = this.signIn.issuerUri();
		String discovery = (issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration";
		return this.web.get()
			.uri(discovery)
			.retrieve()
			.bodyToMono(JSON)
			.timeout(Duration.ofSeconds(10))
			.map(this::registration);
	}

	private ClientRegistration registration(Map<String, Object> metadata) {
		Object issuer = metadata.get("issuer");
		if (!this.signIn.issuerUri().equals(issuer)) {
			throw new IllegalStateException(
					"the discovery document of " + this.signIn.issuerUri() + " names another issuer: " + issuer);
		}
		return ClientRegistration.withRegistrationId(SignInProperties.REGISTRATION)
			.clientId(this.signIn.clientId())
			.clientSecret(this.signIn.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(Set.of("openid", "profile", "email"))
			.authorizationUri(String.valueOf(metadata.get("authorization_endpoint")))
			.tokenUri(String.valueOf(metadata.get("token_endpoint")))
			.jwkSetUri(String.valueOf(metadata.get("jwks_uri")))
			.issuerUri(this.signIn.issuerUri())
			// who signed in comes from the ID token (sub, name, email, roles, providerId)
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.providerConfigurationMetadata(metadata)
			.clientName("Booking fleet")
			.build();
	}

}
