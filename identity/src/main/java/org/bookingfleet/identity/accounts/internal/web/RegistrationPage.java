package org.bookingfleet.identity.accounts.internal.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.bookingfleet.identity.accounts.Account;
import org.bookingfleet.identity.accounts.NewAccount;
import org.bookingfleet.identity.accounts.internal.mail.ConfirmationMail;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.bookingfleet.identity.accounts.internal.store.Confirmations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A customer creates their own account: {@code /register} asks for a name, an email and a
 * password and mails a confirmation link; {@code /register/confirm?token=} confirms it
 * once. Whether the email had an account already, the answer is the same page ("we sent a
 * link"): the mail tells its owner, nobody else learns it. A weak password or a name or
 * email of the wrong shape is shown next to its field and nothing is made.
 */
@RestController
class RegistrationPage {

	private final Accounts accounts;

	private final Confirmations confirmations;

	private final ConfirmationMail mail;

	private final String pageUrl;

	RegistrationPage(Accounts accounts, Confirmations confirmations, ConfirmationMail mail,
			@Value("${identity.page-url}") String pageUrl) {
		this.accounts = accounts;
		this.confirmations = confirmations;
		this.mail = mail;
		this.pageUrl = pageUrl.endsWith("/") ? pageUrl : pageUrl + "/";
	}

	@GetMapping(path = "/register", produces = MediaType.TEXT_HTML_VALUE)
	String form(HttpServletRequest request) {
		return form(request, new NewAccount("", "", ""), Map.of());
	}

	@PostMapping(path = "/register", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> register(HttpServletRequest request, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password) {
		NewAccount asked = new NewAccount(name, email, password);
		Map<String, String> problems = asked.problems();
		if (!problems.isEmpty()) {
			return ResponseEntity.badRequest().body(form(request, asked, problems));
		}
		Optional<Long> created = this.accounts.register(asked.name(), asked.email(), asked.password());
		if (created.isPresent()) {
			this.mail.confirmationLink(asked.email(), asked.name(), this.confirmations.issue(created.get()));
		}
		else {
			Optional<Account> existing = this.accounts.byEmail(asked.email());
			if (existing.isPresent() && !existing.get().emailConfirmed()) {
				// not confirmed yet: a new link (the password stays the first one)
				this.mail.confirmationLink(asked.email(), existing.get().name(),
						this.confirmations.issue(existing.get().id()));
			}
			else {
				this.mail.alreadyRegistered(asked.email());
			}
		}
		return ResponseEntity.ok(Pages.page("Check your email", """
				<p role="status">We sent a link to <strong>%s</strong>. Follow it within 24 hours to confirm your email,
				then sign in.</p>
				""".formatted(HtmlUtils.htmlEscape(asked.email()))));
	}

	@GetMapping(path = "/register/confirm", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(@RequestParam(defaultValue = "") String token) {
		if (this.confirmations.confirm(token)) {
			return ResponseEntity.ok(Pages.page("Email confirmed", """
					<p role="status">Your email is confirmed and your account is ready.</p>
					<p><a class="button" href="%ssignin">Sign in to see your bookings</a></p>
					""".formatted(HtmlUtils.htmlEscape(this.pageUrl))));
		}
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Pages.page("Link not valid", """
				<p class="refusal" role="alert">This link has been used already or has expired.</p>
				<p><a href="../register">Ask for a new link</a> by registering again with the same email.</p>
				"""));
	}

	private static String form(HttpServletRequest request, NewAccount asked, Map<String, String> problems) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return Pages.page("Create an account",
				"""
						<p>An account shows you all your bookings. You can always book as a guest too.</p>
						<form method="post" action="register" novalidate>
						  <label for="name">Name</label>
						  <input id="name" name="name" autocomplete="name" required value="%s"%s>
						  %s
						  <label for="email">Email</label>
						  <input id="email" name="email" type="email" autocomplete="email" required value="%s"%s>
						  %s
						  <label for="password">Password (at least 12 characters)</label>
						  <input id="password" name="password" type="password" autocomplete="new-password" required%s>
						  %s
						  <input type="hidden" name="%s" value="%s">
						  <button type="submit">Create account</button>
						</form>
						<p class="more">Have an account? <a href="login">Sign in</a></p>
						""".formatted(HtmlUtils.htmlEscape(asked.name()), invalid(problems, "name"),
						error(problems, "name"), HtmlUtils.htmlEscape(asked.email()), invalid(problems, "email"),
						error(problems, "email"), invalid(problems, "password"), error(problems, "password"),
						HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken())));
	}

	private static String invalid(Map<String, String> problems, String field) {
		return problems.containsKey(field) ? " aria-invalid=\"true\" aria-describedby=\"" + field + "-error\"" : "";
	}

	private static String error(Map<String, String> problems, String field) {
		String problem = problems.get(field);
		return (problem == null) ? ""
				: "<p class=\"refusal\" id=\"" + field + "-error\">" + HtmlUtils.htmlEscape(problem) + "</p>";
	}

}
