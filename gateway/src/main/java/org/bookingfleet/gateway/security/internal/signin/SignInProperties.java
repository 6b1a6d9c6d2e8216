package org.bookingfleet.gateway.security.internal.signin;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How the page signs people in: the OpenID Connect issuer (the fleet's identity module,
 * Keycloak, Auth0, any other), the gateway's client there, and where the page is served
 * (its address decides whether cookies are {@code Secure} and where sign-out returns).
 * Without an issuer there is no sign-in and only bearer tokens open the API.
 */
@ConfigurationProperties("fleet.gateway.signin")
public record SignInProperties(String issuerUri, String clientId, String clientSecret, URI pageUrl) {

	/** The registration id: the callback is {@code /login/oauth2/code/identity}. */
	public static final String REGISTRATION = "identity";

	public SignInProperties {
		issuerUri = (issuerUri == null) ? "" : issuerUri.strip();
		clientId = StringUtils.hasText(clientId) ? clientId.strip() : "gateway";
		clientSecret = (clientSecret == null) ? "" : clientSecret;
		pageUrl = (pageUrl == null) ? URI.create("http://localhost:8080") : pageUrl;
	}

	public boolean enabled() {
		return StringUtils.hasText(this.issuerUri);
	}

	/**
	 * Cookies are {@code Secure} unless the page is served on this machine over plain
	 * HTTP (the local fleet).
	 */
	public boolean secureCookies() {
		String host = String.valueOf(this.pageUrl.getHost());
		boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
		return !local || "https".equalsIgnoreCase(this.pageUrl.getScheme());
	}

	/** The page's front door, where sign-out comes back to. */
	public String pageHome() {
		String page = this.pageUrl.toString();
		return page.endsWith("/") ? page : page + "/";
	}

	/** The issuer's origin, which the page's forms may be sent on to (sign-out). */
	public String issuerOrigin() {
		URI issuer = URI.create(this.issuerUri);
		return issuer.getScheme() + "://" + issuer.getRawAuthority();
	}

}
