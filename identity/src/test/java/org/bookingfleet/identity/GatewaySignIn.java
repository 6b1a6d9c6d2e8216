package org.bookingfleet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a person in as the gateway does (authorization code with PKCE), for tests that
 * need their tokens or the login page's answer.
 */
public final class GatewaySignIn {

	public static final String REDIRECT = "http://localhost:8080/login/oauth2/code/identity";

	public static final String GATEWAY_SECRET = "local-development-only-gateway-secret";

	private static final JsonMapper JSON = new JsonMapper();

	private final MockMvc web;

	public GatewaySignIn(MockMvc web) {
		this.web = web;
	}

	/**
	 * The login page's form posted in a fresh browser: where it redirects, and the
	 * browser (to read the refusal at {@code /login?error}).
	 */
	public MockHttpSession loginPage(String email, String password, StringBuilder redirectedTo) throws Exception {
		MockHttpSession browser = new MockHttpSession();
		MvcResult result = this.web
			.perform(post("/login").session(browser).with(csrf()).param("username", email).param("password", password))
			.andReturn();
		redirectedTo.append(result.getResponse().getRedirectedUrl());
		return browser;
	}

	/** The login page's words after a refusal in this browser. */
	public String refusal(MockHttpSession browser) throws Exception {
		return this.web.perform(get("/login?error").session(browser)).andReturn().getResponse().getContentAsString();
	}

	/** The tokens of a whole sign-in: access, refresh and ID token. */
	public JsonNode tokens(String email, String password) throws Exception {
		StringBuilder redirected = new StringBuilder();
		MockHttpSession browser = loginPage(email, password, redirected);
		assertThat(redirected.toString()).doesNotContain("error");
		String verifier = randomVerifier();
		URI authorize = UriComponentsBuilder.fromUriString("http://localhost/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", "gateway")
			.queryParam("redirect_uri", REDIRECT)
			.queryParam("scope", "openid profile email")
			.queryParam("state", "s")
			.queryParam("code_challenge", challenge(verifier))
			.queryParam("code_challenge_method", "S256")
			.encode()
			.build()
			.toUri();
		String callback = this.web.perform(get(authorize).session(browser).accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(callback).startsWith(REDIRECT + "?");
		String code = UriComponentsBuilder.fromUriString(callback).build().getQueryParams().getFirst("code");
		MvcResult token = this.web
			.perform(post("/oauth2/token").with(httpBasic("gateway", GATEWAY_SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "authorization_code")
				.param("code", code)
				.param("redirect_uri", REDIRECT)
				.param("code_verifier", verifier))
			.andReturn();
		assertThat(token.getResponse().getStatus()).isEqualTo(200);
		return JSON.readTree(token.getResponse().getContentAsString());
	}

	/** The gateway refreshes with this refresh token: the answer's status. */
	public int refresh(String refreshToken) throws Exception {
		return this.web
			.perform(post("/oauth2/token").with(httpBasic("gateway", GATEWAY_SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "refresh_token")
				.param("refresh_token", refreshToken))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private static String randomVerifier() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
	}

}
