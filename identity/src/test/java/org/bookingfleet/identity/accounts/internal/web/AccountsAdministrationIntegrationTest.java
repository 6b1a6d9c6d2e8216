package org.bookingfleet.identity.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.identity.GatewaySignIn;
import org.bookingfleet.identity.IdentityIntegrationTest;
import org.bookingfleet.identity.accounts.Account;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins manage providers' accounts through the admin API, on a real PostgreSQL with a
 * real SMTP server (GreenMail) and tokens signed by the identity provider's own key: an
 * invitation mails a link that sets the password once, then the provider signs in; a
 * deactivated account cannot sign in and its refresh token stops working; only admins
 * may; bad input and conflicts are refused in the error envelope and change nothing.
 */
@IdentityIntegrationTest
class AccountsAdministrationIntegrationTest {

	static final GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	private static final Pattern LINK = Pattern.compile("/invitation\\?token=([A-Za-z0-9_-]+)");

	private static final JsonMapper JSON = new JsonMapper();

	@Autowired
	MockMvc web;

	@Autowired
	Accounts accounts;

	@Autowired
	JWKSource<SecurityContext> keys;

	private GatewaySignIn gateway;

	private String email;

	private long providerId;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@BeforeEach
	void aNewProvider() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.gateway = new GatewaySignIn(this.web);
		long unique = System.nanoTime();
		this.email = "lucia" + unique + "@bookingfleet.example";
		this.providerId = 1_000_000 + (unique % 1_000_000_000L);
	}

	@Test
	void anInvitationMailsALinkThatSetsThePasswordOnceAndThenTheProviderSignsIn() throws Exception {
		JsonNode invited = body(
				invite(this.email, "Lucía Romero", this.providerId, "es").andExpect(status().isCreated()));
		assertThat(invited.path("status").asString()).isEqualTo("INVITED");
		assertThat(invited.path("roles").toString()).isEqualTo("[\"PROVIDER\"]");
		assertThat(invited.path("providerId").asLong()).isEqualTo(this.providerId);
		assertThat(invited.path("mailed").asBoolean()).isTrue();
		assertThat(invited.has("passwordHash")).isFalse();
		StringBuilder before = new StringBuilder();
		this.gateway.loginPage(this.email, "", before);
		assertThat(before.toString()).endsWith("/login?error");

		MimeMessage mail = onlyMailTo(this.email);
		assertThat(mail.getSubject()).contains("proveedor");
		String token = linkTokenIn(mail);
		String form = this.web.perform(get("/invitation").param("token", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("<label for=\"password\">", "name=\"_csrf\"", this.email);

		setPassword(token, "short").andExpect(status().isBadRequest());
		assertThat(this.accounts.byEmail(this.email).orElseThrow().status()).isEqualTo(Account.Status.INVITED);
		setPassword(token, "a calendar of my own 9").andExpect(status().isOk());

		JsonNode tokens = this.gateway.tokens(this.email, "a calendar of my own 9");
		String claims = new String(
				java.util.Base64.getUrlDecoder().decode(tokens.path("access_token").asString().split("\\.")[1]));
		assertThat(JSON.readTree(claims).path("providerId").asLong()).isEqualTo(this.providerId);
		assertThat(JSON.readTree(claims).path("roles").toString()).isEqualTo("[\"PROVIDER\"]");

		setPassword(token, "another calendar 10").andExpect(status().isBadRequest());
		assertThat(this.accounts.byEmail(this.email).orElseThrow().status()).isEqualTo(Account.Status.ACTIVE);
	}

	@Test
	void aDeactivatedAccountCannotSignInNorRefreshUntilItIsReactivated() throws Exception {
		this.accounts.createIfAbsent(this.email, "right-password-11", Set.of("PROVIDER"), this.providerId);
		long id = this.accounts.byEmail(this.email).orElseThrow().id();
		JsonNode tokens = this.gateway.tokens(this.email, "right-password-11");

		JsonNode deactivated = body(this.web.perform(post("/api/v2/accounts/" + id + "/deactivation").with(admin()))
			.andExpect(status().isOk()));
		assertThat(deactivated.path("status").asString()).isEqualTo("DEACTIVATED");

		assertThat(this.gateway.refresh(tokens.path("refresh_token").asString())).isEqualTo(400);
		StringBuilder redirected = new StringBuilder();
		MockHttpSession rightPassword = this.gateway.loginPage(this.email, "right-password-11", redirected);
		assertThat(redirected.toString()).endsWith("/login?error");
		assertThat(this.gateway.refusal(rightPassword)).contains("deactivated");
		MockHttpSession wrongPassword = this.gateway.loginPage(this.email, "wrong-password", new StringBuilder());
		assertThat(this.gateway.refusal(wrongPassword)).doesNotContain("deactivated")
			.contains("The email or the password is wrong");

		this.web.perform(post("/api/v2/accounts/" + id + "/reactivation").with(admin())).andExpect(status().isOk());
		assertThat(this.gateway.tokens(this.email, "right-password-11").path("access_token").asString()).isNotBlank();
	}

	@Test
	void anAdminCannotDeactivateThemself() throws Exception {
		String adminEmail = "admin" + System.nanoTime() + "@bookingfleet.example";
		this.accounts.createIfAbsent(adminEmail, "admin-password-12", Set.of("ADMIN"), null);
		long id = this.accounts.byEmail(adminEmail).orElseThrow().id();

		JsonNode refused = body(this.web
			.perform(post("/api/v2/accounts/" + id + "/deactivation").with(bearer(adminEmail, List.of("ADMIN"))))
			.andExpect(status().isConflict()));

		assertThat(refused.path("error").path("code").asString()).isEqualTo("INVALID_STATE_TRANSITION");
		assertThat(this.accounts.byId(id).orElseThrow().status()).isEqualTo(Account.Status.ACTIVE);
	}

	@Test
	void onlyAnAdminManagesAccounts() throws Exception {
		JsonNode anonymous = body(this.web.perform(get("/api/v2/accounts").param("role", "PROVIDER"))
			.andExpect(status().isUnauthorized()));
		assertThat(anonymous.path("error").path("code").asString()).isEqualTo("UNAUTHENTICATED");

		JsonNode provider = body(invite(this.email, "Lucía Romero", this.providerId, "en",
				bearer("grace@bookingfleet.example", List.of("PROVIDER")))
			.andExpect(status().isForbidden()));
		assertThat(provider.path("error").path("code").asString()).isEqualTo("FORBIDDEN");
		assertThat(provider.path("error").path("requestId").asString()).isNotBlank();
		assertThat(this.accounts.byEmail(this.email)).isEmpty();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void badInputIsRefusedInTheEnvelopeAndChangesNothing() throws Exception {
		JsonNode refused = body(invite("not-an-email", "L", null, "fr").andExpect(status().isBadRequest()));
		JsonNode error = refused.path("error");
		assertThat(error.path("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(error.path("field").asString()).isEqualTo("email");
		assertThat(error.path("details").path("fields").propertyNames()).containsExactly("email", "name", "providerId",
				"language");

		JsonNode wrongType = body(this.web
			.perform(post("/api/v2/accounts/invitations").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + this.email + "\",\"name\":\"Lucía\",\"providerId\":\"eleven\"}"))
			.andExpect(status().isBadRequest()));
		assertThat(wrongType.path("error").path("field").asString()).isEqualTo("providerId");
		assertThat(this.accounts.byEmail(this.email)).isEmpty();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		this.web.perform(get("/api/v2/accounts").param("role", "OWNER").with(admin()))
			.andExpect(status().isBadRequest());
		this.web.perform(post("/api/v2/accounts/999999999/deactivation").with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void anEmailOrAProviderIdWithAnAccountIsAConflict() throws Exception {
		this.accounts.createIfAbsent(this.email, "right-password-11", Set.of("CLIENT"), null);

		JsonNode email = body(
				invite(this.email, "Lucía Romero", this.providerId, "en").andExpect(status().isConflict()));
		assertThat(email.path("error").path("code").asString()).isEqualTo("ACCOUNT_EXISTS");
		assertThat(email.path("error").path("field").asString()).isEqualTo("email");
		assertThat(this.accounts.byEmail(this.email).orElseThrow().roles()).containsExactly("CLIENT");

		invite("other" + this.email, "Other One", this.providerId, "en").andExpect(status().isCreated());
		JsonNode provider = body(
				invite("third" + this.email, "Third One", this.providerId, "en").andExpect(status().isConflict()));
		assertThat(provider.path("error").path("field").asString()).isEqualTo("providerId");
		assertThat(this.accounts.byEmail("third" + this.email)).isEmpty();
	}

	@Test
	void theListShowsProvidersWithTheirStatus() throws Exception {
		invite(this.email, "Lucía Romero", this.providerId, "en").andExpect(status().isCreated());

		JsonNode providers = body(this.web.perform(get("/api/v2/accounts").param("role", "PROVIDER").with(admin()))
			.andExpect(status().isOk()));

		JsonNode listed = null;
		for (JsonNode account : providers) {
			assertThat(account.path("roles").toString()).contains("PROVIDER");
			if (account.path("email").asString().equals(this.email)) {
				listed = account;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.path("status").asString()).isEqualTo("INVITED");
		assertThat(listed.path("name").asString()).isEqualTo("Lucía Romero");
	}

	private ResultActions invite(String email, String name, Long providerId, String language) throws Exception {
		return invite(email, name, providerId, language, admin());
	}

	private ResultActions invite(String email, String name, Long providerId, String language,
			org.springframework.test.web.servlet.request.RequestPostProcessor caller) throws Exception {
		String body = JSON.writeValueAsString(new java.util.LinkedHashMap<>(java.util.Map.of("email", email, "name",
				name, "providerId", (providerId != null) ? providerId : "", "language", language)));
		if (providerId == null) {
			body = body.replace("\"providerId\":\"\"", "\"providerId\":null");
		}
		return this.web.perform(post("/api/v2/accounts/invitations").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions setPassword(String token, String password) throws Exception {
		return this.web.perform(post("/invitation").with(csrf()).param("token", token).param("password", password));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return bearer("admin-of-the-tests@bookingfleet.example", List.of("ADMIN"));
	}

	/**
	 * A token signed with the identity provider's own key, as its token endpoint signs.
	 */
	private org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String subject,
			List<String> roles) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("http://localhost:8086")
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plus(5, ChronoUnit.MINUTES))
			.claim("roles", roles)
			.build();
		String token = new NimbusJwtEncoder(this.keys)
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private static JsonNode body(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private static MimeMessage onlyMailTo(String email) throws Exception {
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(email);
		return received[0];
	}

	/** The link in the mail's text as its reader sees it (decoded, not wrapped). */
	private static String linkTokenIn(MimeMessage mail) throws Exception {
		Matcher link = LINK.matcher((String) mail.getContent());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
