package org.bookingfleet.identity.accounts.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.bookingfleet.identity.IdentityIntegrationTest;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A customer creates an account on a real PostgreSQL with a real SMTP server (GreenMail):
 * the confirmation link arrives by mail, the account cannot sign in before it is
 * followed, the link confirms once and expires; a weak password makes nothing; an email
 * that has an account gets the same answer as a new one.
 */
@IdentityIntegrationTest
class RegistrationIntegrationTest {

	static final GreenMail smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	private static final Pattern LINK = Pattern.compile("/register/confirm\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc web;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private String email;

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
	void aNewCustomer() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
		this.email = "ana" + System.nanoTime() + "@example.com";
	}

	@Test
	void theRegistrationPageLabelsItsFields() throws Exception {
		String page = this.web.perform(get("/register"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<label for=\"name\">", "<label for=\"email\">", "<label for=\"password\">",
				"name=\"_csrf\"");
	}

	@Test
	void registeringMailsALinkThatConfirmsOnceAndOnlyThenTheAccountSignsIn() throws Exception {
		String page = register("Ana Torres", this.email, "a long enough secret 7").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("We sent a link");

		String token = linkTokenIn(onlyMailTo(this.email));
		assertThat(this.accounts.byEmail(this.email)).hasValueSatisfying(account -> {
			assertThat(account.emailConfirmed()).isFalse();
			assertThat(account.roles()).containsExactly("CLIENT");
			assertThat(account.name()).isEqualTo("Ana Torres");
		});
		assertThat(signIn(this.email, "a long enough secret 7")).endsWith("/login?error");

		this.web.perform(get("/register/confirm").param("token", token)).andExpect(status().isOk());
		assertThat(signIn(this.email, "a long enough secret 7")).doesNotContain("error");

		this.web.perform(get("/register/confirm").param("token", token)).andExpect(status().isBadRequest());
	}

	@Test
	void anExpiredLinkConfirmsNothing() throws Exception {
		register("Ana Torres", this.email, "a long enough secret 7").andExpect(status().isOk());
		String token = linkTokenIn(onlyMailTo(this.email));
		this.jdbc.update("update email_confirmation set expires_at = now() - interval '1 minute' where account_id = "
				+ "(select id from account where email = ?)", this.email);

		this.web.perform(get("/register/confirm").param("token", token)).andExpect(status().isBadRequest());

		assertThat(this.accounts.byEmail(this.email).orElseThrow().emailConfirmed()).isFalse();
	}

	@Test
	void aWeakPasswordMakesNothingAndSaysWhy() throws Exception {
		String page = register("Ana Torres", this.email, "short").andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"password-error\"").contains("aria-invalid=\"true\"");
		assertThat(this.accounts.byEmail(this.email)).isEmpty();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void anEmailWithAnAccountGetsTheSameAnswerAndItsOwnerAMail() throws Exception {
		String fresh = register("Ana Torres", this.email, "a long enough secret 7").andReturn()
			.getResponse()
			.getContentAsString();
		String token = linkTokenIn(onlyMailTo(this.email));
		this.web.perform(get("/register/confirm").param("token", token)).andExpect(status().isOk());
		smtp.purgeEmailFromAllMailboxes();
		String passwordBefore = this.accounts.byEmail(this.email).orElseThrow().passwordHash();

		String again = register("Someone Else", this.email, "another long secret 8").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(again).isEqualTo(fresh);
		MimeMessage note = onlyMailTo(this.email);
		assertThat(GreenMailUtil.getBody(note)).contains("has one already").doesNotContain("token=");
		assertThat(this.accounts.byEmail(this.email).orElseThrow().passwordHash()).isEqualTo(passwordBefore);
		assertThat(this.accounts.byEmail(this.email).orElseThrow().name()).isEqualTo("Ana Torres");
	}

	private org.springframework.test.web.servlet.ResultActions register(String name, String email, String password)
			throws Exception {
		return this.web.perform(
				post("/register").with(csrf()).param("name", name).param("email", email).param("password", password));
	}

	private String signIn(String email, String password) throws Exception {
		MvcResult result = this.web
			.perform(post("/login").with(csrf()).param("username", email).param("password", password))
			.andExpect(status().isFound())
			.andReturn();
		return result.getResponse().getRedirectedUrl();
	}

	private static MimeMessage onlyMailTo(String email) throws Exception {
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(email);
		return received[0];
	}

	private static String linkTokenIn(MimeMessage mail) {
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
