package org.bookingfleet.identity.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.bookingfleet.identity.IdentityIntegrationTest;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person signs in through the authorization-code flow with PKCE, as the gateway will
 * send them, against the identity provider on a real PostgreSQL: the access token is
 * RS256, verifies with the published JWKS and carries the claims the services read; wrong
 * passwords lock the account; passwords are kept hashed.
 */
@IdentityIntegrationTest
class SignInIntegrationTest {

	private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/identity";

	private static final String GATEWAY_SECRET = "local-development-only-gateway-secret";

	private static final JsonMapper JSON = new JsonMapper();

	@Autowired
	MockMvc web;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	private String email;

	@BeforeEach
	void aProvider() {
		this.email = "grace" + System.nanoTime() + "@bookingfleet.example";
		this.accounts.createIfAbsent(this.email, "right-password-11", Set.of("PROVIDER"), 11L);
	}

	@Test
	void aProviderSignsInWithPkceAndTheAccessTokenCarriesTheirRolesAndProviderId() throws Exception {
		String verifier = randomVerifier();
		MockHttpSession browser = new MockHttpSession();

		MvcResult authorize = this.web
			.perform(get(authorizeUri(Map.of("scope", "openid profile", "state", "state-1", "code_challenge",
					challenge(verifier), "code_challenge_method", "S256")))
				.session(browser)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(authorize.getResponse().getRedirectedUrl()).endsWith("/login");

		MvcResult signedIn = this.web
			.perform(post("/login").session(browser)
				.with(csrf())
				.param("username", this.email.toUpperCase())
				.param("password", "right-password-11"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String back = signedIn.getResponse().getRedirectedUrl();
		assertThat(back).contains("/oauth2/authorize");

		MvcResult code = this.web.perform(get(URI.create(back)).session(browser).accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String callback = code.getResponse().getRedirectedUrl();
		assertThat(callback).startsWith(REDIRECT + "?");
		Map<String, String> query = UriComponentsBuilder.fromUriString(callback)
			.build()
			.getQueryParams()
			.toSingleValueMap();
		assertThat(query).containsEntry("state", "state-1").containsKey("code");

		MvcResult token = this.web
			.perform(post("/oauth2/token").with(httpBasic("gateway", GATEWAY_SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "authorization_code")
				.param("code", query.get("code"))
				.param("redirect_uri", REDIRECT)
				.param("code_verifier", verifier))
			.andExpect(status().isOk())
			.andReturn();
		var tokens = JSON.readTree(token.getResponse().getContentAsString());
		assertThat(tokens.path("refresh_token").asString()).isNotBlank();
		assertThat(tokens.path("id_token").asString()).isNotBlank();

		Jwt access = verifiedWithTheJwks(tokens.path("access_token").asString());
		assertThat(access.getHeaders()).containsEntry("alg", "RS256");
		assertThat(access.getSubject()).isEqualTo(this.email);
		assertThat(access.getClaimAsStringList("roles")).containsExactly("PROVIDER");
		assertThat(access.<Object>getClaim("providerId")).isEqualTo(11L);
		assertThat(access.getIssuer()).hasToString("http://localhost:8086");
		assertThat(access.getExpiresAt()).isBefore(Instant.now().plus(Duration.ofMinutes(16)));

		// the gateway's sign-out: RP-initiated logout with the ID token, back to the page
		MvcResult out = this.web
			.perform(get(URI.create("/connect/logout?id_token_hint=" + tokens.path("id_token").asString()
					+ "&post_logout_redirect_uri=http://localhost:8080/"))
				.session(browser))
			.andReturn();
		assertThat(out.getResponse().getStatus()).as(String.valueOf(out.getResponse().getErrorMessage()))
			.isEqualTo(302);
		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("http://localhost:8080/");

		// the gateway refreshes an expired access token with the refresh token
		this.web
			.perform(post("/oauth2/token").with(httpBasic("gateway", GATEWAY_SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "refresh_token")
				.param("refresh_token", tokens.path("refresh_token").asString()))
			.andExpect(status().isOk());
	}

	/**
	 * A refresh replaces the authorization's ID token: sign-out is refused with the
	 * sign-in's one and accepted with the refreshed one, which the gateway keeps.
	 */
	@Test
	void afterARefreshOnlyTheRefreshedIdTokenSignsOut() throws Exception {
		MockHttpSession browser = signedInBrowser();
		String verifier = randomVerifier();
		MvcResult code = this.web
			.perform(get(authorizeUri(Map.of("scope", "openid profile email", "state", "state-2", "code_challenge",
					challenge(verifier), "code_challenge_method", "S256")))
				.session(browser)
				.accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String callback = code.getResponse().getRedirectedUrl();
		String authorizationCode = UriComponentsBuilder.fromUriString(callback)
			.build()
			.getQueryParams()
			.getFirst("code");
		var signIn = JSON.readTree(this.web
			.perform(post("/oauth2/token").with(httpBasic("gateway", GATEWAY_SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "authorization_code")
				.param("code", authorizationCode)
				.param("redirect_uri", REDIRECT)
				.param("code_verifier", verifier))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		var refresh = JSON.readTree(this.web
			.perform(post("/oauth2/token").with(httpBasic("gateway", GATEWAY_SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "refresh_token")
				.param("refresh_token", signIn.path("refresh_token").asString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		String firstIdToken = signIn.path("id_token").asString();
		String refreshedIdToken = refresh.path("id_token").asString();
		assertThat(refreshedIdToken).isNotBlank().isNotEqualTo(firstIdToken);
		Jwt refreshed = verifiedWithTheJwks(refreshedIdToken);
		assertThat(refreshed.getSubject()).isEqualTo(this.email);
		assertThat(refreshed.getAudience()).containsExactly("gateway");
		assertThat(refreshed.getClaimAsStringList("roles")).containsExactly("PROVIDER");
		assertThat(refreshed.hasClaim("nonce")).isFalse();

		assertThat(signOut(browser, firstIdToken).getResponse().getStatus()).isEqualTo(400);
		MvcResult out = signOut(browser, refreshedIdToken);
		assertThat(out.getResponse().getStatus()).as(String.valueOf(out.getResponse().getErrorMessage()))
			.isEqualTo(302);
		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("http://localhost:8080/");
	}

	private MvcResult signOut(MockHttpSession browser, String idTokenHint) throws Exception {
		return this.web.perform(get(URI.create(
				"/connect/logout?id_token_hint=" + idTokenHint + "&post_logout_redirect_uri=http://localhost:8080/"))
			.session(browser)).andReturn();
	}

	@Test
	void theGatewayMustUsePkce() throws Exception {
		MockHttpSession browser = signedInBrowser();
		MvcResult refused = this.web
			.perform(get(authorizeUri(Map.of("scope", "openid", "state", "s"))).session(browser))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String callback = refused.getResponse().getRedirectedUrl();
		assertThat(callback).startsWith(REDIRECT).contains("error=invalid_request").doesNotContain("code=");
	}

	@Test
	void aTokenSignedByAnotherKeyDoesNotVerify() throws Exception {
		String token = clientCredentialsToken();
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "."
				+ Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString("not the signature".getBytes(StandardCharsets.UTF_8));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifiedWithTheJwks(forged))
			.isInstanceOf(JwtException.class);
	}

	@Test
	void theToolsClientGetsAnAdminToken() throws Exception {
		Jwt access = verifiedWithTheJwks(clientCredentialsToken());
		assertThat(access.getSubject()).isEqualTo("fleet-tools");
		assertThat(access.getClaimAsStringList("roles")).containsExactly("ADMIN");
		assertThat(access.<Object>getClaim("providerId")).isNull();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountForFifteenMinutesEvenAgainstTheRightOne() throws Exception {
		for (int i = 1; i <= 5; i++) {
			this.web
				.perform(post("/login").session(new MockHttpSession())
					.with(csrf())
					.param("username", this.email)
					.param("password", "wrong-" + i))
				.andExpect(status().is3xxRedirection());
		}
		Instant lockedUntil = this.jdbc
			.queryForObject("select locked_until from account where email = ?", java.sql.Timestamp.class, this.email)
			.toInstant();
		assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)),
				Instant.now().plus(Duration.ofMinutes(15)));

		MockHttpSession browser = new MockHttpSession();
		MvcResult refused = this.web
			.perform(post("/login").session(browser)
				.with(csrf())
				.param("username", this.email)
				.param("password", "right-password-11"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login?error");
		String page = this.web.perform(get("/login?error").session(browser))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("locked for 15 minutes");
	}

	@Test
	void fourWrongPasswordsAndThenTheRightOneSignIn() throws Exception {
		for (int i = 1; i <= 4; i++) {
			this.web.perform(post("/login").with(csrf()).param("username", this.email).param("password", "wrong"));
		}
		MvcResult signedIn = this.web
			.perform(post("/login").with(csrf()).param("username", this.email).param("password", "right-password-11"))
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
		assertThat(this.jdbc.queryForObject("select failed_attempts from account where email = ?", Integer.class,
				this.email))
			.isZero();
	}

	@Test
	void thePasswordIsStoredOnlyAsItsHash() {
		String stored = this.jdbc.queryForObject("select password_hash from account where email = ?", String.class,
				this.email);
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("right-password-11");
		assertThat(this.passwords.matches("right-password-11", stored)).isTrue();
	}

	@Test
	void aPasswordInAnOlderEncodingIsStoredAgainInTheCurrentOneWhenItsOwnerSignsIn() throws Exception {
		String plain = "plain" + this.email;
		String weakBcrypt = "weak" + this.email;
		this.jdbc.update("insert into account (email, password_hash, roles) values (?, ?, array['CLIENT'])", plain,
				"{noop}an-old-password-13");
		this.jdbc.update("insert into account (email, password_hash, roles) values (?, ?, array['CLIENT'])", weakBcrypt,
				"{bcrypt}" + new BCryptPasswordEncoder(4).encode("an-old-password-13"));

		for (String person : List.of(plain, weakBcrypt)) {
			MvcResult signedIn = this.web
				.perform(post("/login").with(csrf()).param("username", person).param("password", "an-old-password-13"))
				.andReturn();
			assertThat(signedIn.getResponse().getRedirectedUrl()).doesNotContain("error");
			String stored = this.jdbc.queryForObject("select password_hash from account where email = ?", String.class,
					person);
			assertThat(stored).startsWith("{bcrypt}$2a$10$");
			assertThat(this.passwords.matches("an-old-password-13", stored)).isTrue();
		}
	}

	@Test
	void theLoginPageLabelsItsFields() throws Exception {
		String page = this.web.perform(get("/login").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<label for=\"username\">Email</label>", "<label for=\"password\">Password</label>",
				"name=\"_csrf\"");
	}

	@Test
	void theDiscoveryDocumentNamesTheJwks() throws Exception {
		var discovery = JSON.readTree(this.web.perform(get("/.well-known/openid-configuration"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(discovery.path("issuer").asString()).isEqualTo("http://localhost:8086");
		assertThat(discovery.path("jwks_uri").asString()).isEqualTo("http://localhost:8086/oauth2/jwks");
		assertThat(discovery.path("code_challenge_methods_supported").toString()).contains("S256");
	}

	private MockHttpSession signedInBrowser() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		this.web
			.perform(post("/login").session(browser)
				.with(csrf())
				.param("username", this.email)
				.param("password", "right-password-11"))
			.andExpect(status().is3xxRedirection());
		return browser;
	}

	private String clientCredentialsToken() throws Exception {
		MvcResult token = this.web
			.perform(post("/oauth2/token").with(httpBasic("fleet-tools", IdentityIntegrationTest.TOOLS_SECRET))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("grant_type", "client_credentials"))
			.andExpect(status().isOk())
			.andReturn();
		return JSON.readTree(token.getResponse().getContentAsString()).path("access_token").asString();
	}

	private Jwt verifiedWithTheJwks(String token) throws Exception {
		String jwks = this.web.perform(get("/oauth2/jwks"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<com.nimbusds.jose.jwk.JWK> keys = JWKSet.parse(jwks).getKeys();
		assertThat(keys).hasSize(1);
		assertThat(keys.get(0).isPrivate()).isFalse();
		RSAKey key = keys.get(0).toRSAKey();
		return NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build().decode(token);
	}

	/**
	 * The authorization request as the gateway sends it: its parameters in the query
	 * string.
	 */
	private static URI authorizeUri(Map<String, String> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString("http://localhost/oauth2/authorize")
			.queryParam("response_type", "code")
			.queryParam("client_id", "gateway")
			.queryParam("redirect_uri", REDIRECT);
		parameters.forEach(uri::queryParam);
		return uri.encode().build().toUri();
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
