package org.bookingfleet.gateway.security.internal.signin;

import java.net.URI;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import reactor.core.publisher.Mono;

/**
 * After signing in the browser goes back to the page it came from, which
 * {@code GET /signin?return=/provider.html} kept in the session; only a path of this site
 * is taken, anything else goes to the front page.
 */
final class ReturnAfterSignIn implements ServerAuthenticationSuccessHandler {

	static final String ATTRIBUTE = "fleet.signin.return";

	private final DefaultServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	@Override
	public Mono<Void> onAuthenticationSuccess(WebFilterExchange exchange, Authentication authentication) {
		return exchange.getExchange()
			.getSession()
			.map(session -> localPath(session.getAttributes().remove(ATTRIBUTE)))
			.flatMap(path -> this.redirects.sendRedirect(exchange.getExchange(), URI.create(path)));
	}

	static String localPath(Object asked) {
		String path = (asked == null) ? "" : asked.toString();
		boolean local = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.chars().noneMatch(c -> c < 0x21 || c == 0x7f) && path.length() <= 200;
		if (!local) {
			return "/";
		}
		try {
			URI uri = URI.create(path);
			return (uri.getScheme() == null && uri.getRawAuthority() == null) ? path : "/";
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}
