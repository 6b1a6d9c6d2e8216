package org.bookingfleet.identity.accounts.internal.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.bookingfleet.identity.accounts.Account;
import org.bookingfleet.identity.accounts.NewAccount;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.bookingfleet.identity.accounts.internal.web.Pages;
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
 * The invitation's link: {@code /invitation?token=} asks the invited provider for a
 * password (the rules of a customer's: 12 to 128 characters, not a well-known one, not
 * the email) and, once set, the account signs in. The link sets a password once, within
 * its lifetime.
 */
@RestController
class InvitationPage {

	private final InvitationLinks links;

	private final Accounts accounts;

	private final String pageUrl;

	InvitationPage(InvitationLinks links, Accounts accounts, @Value("${identity.page-url}") String pageUrl) {
		this.links = links;
		this.accounts = accounts;
		this.pageUrl = pageUrl.endsWith("/") ? pageUrl : pageUrl + "/";
	}

	@GetMapping(path = "/invitation", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> form(HttpServletRequest request, @RequestParam(defaultValue = "") String token) {
		Optional<Account> invited = invited(token);
		if (invited.isEmpty()) {
			return notValid();
		}
		return ResponseEntity.ok(form(request, invited.get(), token, null));
	}

	@PostMapping(path = "/invitation", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> setPassword(HttpServletRequest request, @RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String password) {
		Optional<Account> invited = invited(token);
		if (invited.isEmpty()) {
			return notValid();
		}
		Account account = invited.get();
		String problem = new NewAccount(account.name(), account.email(), password).problems().get("password");
		if (problem != null) {
			return ResponseEntity.badRequest().body(form(request, account, token, problem));
		}
		if (!this.links.setPassword(token, password)) {
			return notValid();
		}
		return ResponseEntity.ok(Pages.page("Password set", """
				<p role="status">Your password is set and your provider account is ready.</p>
				<p><a class="button" href="%ssignin?return=/provider.html">Sign in to run your day</a></p>
				""".formatted(HtmlUtils.htmlEscape(this.pageUrl))));
	}

	private Optional<Account> invited(String token) {
		return this.links.accountOf(token).flatMap(this.accounts::byId);
	}

	private static ResponseEntity<String> notValid() {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Pages.page("Link not valid", """
				<p class="refusal" role="alert">This link has been used already or has expired.</p>
				<p>Ask the admin who invited you for a new invitation.</p>
				"""));
	}

	private static String form(HttpServletRequest request, Account account, String token, String problem) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String invalid = (problem != null) ? " aria-invalid=\"true\" aria-describedby=\"password-error\"" : "";
		String error = (problem != null)
				? "<p class=\"refusal\" id=\"password-error\">" + HtmlUtils.htmlEscape(problem) + "</p>" : "";
		return Pages.page("Choose your password",
				"""
						<p>Welcome%s. Choose the password of <strong>%s</strong>.</p>
						<form method="post" action="invitation" novalidate>
						  <input type="hidden" name="token" value="%s">
						  <label for="password">Password (at least 12 characters)</label>
						  <input id="password" name="password" type="password" autocomplete="new-password" required%s>
						  %s
						  <input type="hidden" name="%s" value="%s">
						  <button type="submit">Set password</button>
						</form>
						""".formatted((account.name() != null) ? ", " + HtmlUtils.htmlEscape(account.name()) : "",
						HtmlUtils.htmlEscape(account.email()), HtmlUtils.htmlEscape(token), invalid, error,
						HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken())));
	}

}
