package org.bookingfleet.identity;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The clients this provider knows. {@code gateway}: the booking page's backend, signing
 * people in by authorization code with PKCE at {@code redirectUri}. {@code tools}: a
 * client-credentials client for tests and tools, registered only when it has a secret.
 */
@ConfigurationProperties("identity.clients")
public record ClientSettingsProperties(Gateway gateway, Tools tools) {

	public record Gateway(String clientId, String secret, URI redirectUri, URI postLogoutRedirectUri) {
	}

	public record Tools(String clientId, String secret, String roles) {
	}

}
