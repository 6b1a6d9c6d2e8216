package org.bookingfleet.gateway.security.internal.signin;

import java.util.Set;

import org.bookingfleet.gateway.SessionCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cross-site request forgery rides on cookies, so only calls that carry the session
 * cookie need the CSRF token: a state-changing call ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) with the session and without its own
 * {@code Authorization} header must send the token of the {@code XSRF-TOKEN} cookie back
 * in {@code X-XSRF-TOKEN} (or a form's {@code _csrf}). API clients with a bearer token,
 * guests without a session and partners' webhooks are not asked for one.
 */
final class SessionCsrf {

	static final String COOKIE = "XSRF-TOKEN";

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	private SessionCsrf() {
	}

	static ServerWebExchangeMatcher needsToken() {
		return exchange -> {
			ServerHttpRequest request = exchange.getRequest();
			boolean needs = !SAFE.contains(request.getMethod())
					&& !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
					&& SessionCookie.isSentWith(request);
			return needs ? ServerWebExchangeMatcher.MatchResult.match()
					: ServerWebExchangeMatcher.MatchResult.notMatch();
		};
	}

	/** Readable by the page's script, which sends it back in a header. */
	static CookieServerCsrfTokenRepository cookies(boolean secure) {
		CookieServerCsrfTokenRepository cookies = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		cookies.setCookieName(COOKIE);
		cookies.setCookiePath("/");
		cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax").secure(secure));
		return cookies;
	}

	/**
	 * The token is made only when something asks for it: the page's files and
	 * {@code /api/v2/me} ask, so a page has its cookie before it sends anything, while
	 * API calls do not get a cookie they have no use for.
	 */
	static final class IssueToken implements WebFilter {

		@Override
		public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
			ServerHttpRequest request = exchange.getRequest();
			String path = request.getPath().pathWithinApplication().value();
			boolean page = HttpMethod.GET.equals(request.getMethod())
					&& (!path.startsWith("/api/") || path.equals("/api/v2/me"));
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			if (!page || token == null) {
				return chain.filter(exchange);
			}
			return token.then(chain.filter(exchange));
		}

	}

}
