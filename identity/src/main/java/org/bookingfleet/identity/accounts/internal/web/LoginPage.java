package org.bookingfleet.identity.accounts.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.bookingfleet.identity.accounts.internal.web.DeactivatedAccounts;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page: email and password with their labels, the reason of a refusal, and
 * the form posted to Spring Security's {@code /login} with its CSRF token.
 */
@RestController
class LoginPage {

	@GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String message = "";
		if (flagged(request, "error")) {
			message = "<p class=\"refusal\" role=\"alert\">" + refusal(request.getSession(false)) + "</p>";
		}
		else if (flagged(request, "logout")) {
			message = "<p class=\"notice\" role=\"status\">You have signed out.</p>";
		}
		return """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Sign in · Booking fleet</title>
				<style>
				  body { font-family: system-ui, sans-serif; background: #f4f5f7; margin: 0; color: #1d2330; }
				  main { max-width: 22rem; margin: 12vh auto; background: #fff; padding: 2rem; border-radius: 8px;
				         box-shadow: 0 1px 4px rgba(0, 0, 0, .12); }
				  h1 { font-size: 1.4rem; margin: 0 0 1.2rem; }
				  label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
				  input { width: 100%%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #9aa3b2;
				          border-radius: 4px; }
				  input:focus { outline: 3px solid #7aa7ff; }
				  button { margin-top: 1.4rem; width: 100%%; padding: .7rem; font-size: 1rem; border: 0; border-radius: 4px;
				           background: #1f5fd1; color: #fff; cursor: pointer; }
				  .refusal { background: #fdecec; color: #8a1c1c; padding: .6rem; border-radius: 4px; }
				  .more { margin-top: 1.2rem; }
				  .notice { background: #eaf4ea; color: #1c5a1c; padding: .6rem; border-radius: 4px; }
				</style>
				</head>
				<body>
				<main>
				  <h1>Sign in</h1>
				  %s
				  <form method="post" action="login">
				    <label for="username">Email</label>
				    <input id="username" name="username" type="email" autocomplete="username" required autofocus>
				    <label for="password">Password</label>
				    <input id="password" name="password" type="password" autocomplete="current-password" required>
				    <input type="hidden" name="%s" value="%s">
				    <button type="submit">Sign in</button>
				  </form>
				  <p class="more">New here? <a href="register">Create an account</a> to see all your bookings.</p>
				</main>
				</body>
				</html>
				"""
			.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
	}

	/**
	 * {@code /login?error}: a parameter without a value, as Spring Security's redirects
	 * write it.
	 */
	private static boolean flagged(HttpServletRequest request, String name) {
		if (request.getParameterMap().containsKey(name)) {
			return true;
		}
		String query = request.getQueryString();
		return query != null && java.util.Arrays.stream(query.split("&"))
			.anyMatch(part -> part.equals(name) || part.startsWith(name + "="));
	}

	private static String refusal(HttpSession session) {
		Object last = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (last instanceof LockedException) {
			return "Too many wrong passwords: this account is locked for 15 minutes.";
		}
		if (last instanceof DeactivatedAccounts.Deactivated) {
			// said only to someone who typed the account's right password
			return "This account has been deactivated. Ask the business's admin to reactivate it.";
		}
		// the same words for an account whose email is not confirmed yet: nobody learns
		// from
		// them whether an email has an account
		return "The email or the password is wrong. A new account signs in once its email is confirmed by the link "
				+ "we sent.";
	}

}
