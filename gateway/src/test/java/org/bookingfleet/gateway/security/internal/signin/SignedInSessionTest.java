package org.bookingfleet.gateway.security.internal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.gateway.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;
import reactor.core.publisher.Mono;

/**
 * A request with the session cookie finds who signed in, and a sign-in keeps who signed
 * in in its session ({@link GuestCallsMakeNoSessionTest}: a request without the cookie
 * asks the store for nothing).
 */
class SignedInSessionTest {

	final SignedInSession repository = new SignedInSession();

	final InMemoryWebSessionStore store = new InMemoryWebSessionStore();

	final AtomicInteger sessionsAsked = new AtomicInteger();

	@Test
	void aRequestWithTheSessionCookieFindsWhoSignedIn() {
		SecurityContext signedIn = new SecurityContextImpl(new TestingAuthenticationToken("ana", null, "ROLE_CLIENT"));
		WebSession session = this.store.createWebSession().block(Duration.ofSeconds(5));
		session.getAttributes()
			.put(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME, signedIn);
		WebSessionManager hers = exchange -> Mono.fromSupplier(() -> {
			this.sessionsAsked.incrementAndGet();
			return session;
		});
		MockServerWebExchange request = MockServerWebExchange
			.builder(MockServerHttpRequest.get("/api/v2/bookings/1").cookie(cookie()))
			.sessionManager(hers)
			.build();

		assertThat(this.repository.load(request).block(Duration.ofSeconds(5))).isEqualTo(signedIn);
		assertThat(this.sessionsAsked).hasValue(1);
	}

	@Test
	void aSignInSavesWhoSignedInInTheSession() {
		MockServerWebExchange callback = exchange(MockServerHttpRequest.get("/login/oauth2/code/identity"));
		SecurityContext signedIn = new SecurityContextImpl(new TestingAuthenticationToken("ana", null, "ROLE_CLIENT"));

		this.repository.save(callback, signedIn).block(Duration.ofSeconds(5));

		WebSession session = callback.getSession().block(Duration.ofSeconds(5));
		assertThat(session.<SecurityContext>getAttribute(
				WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME))
			.isEqualTo(signedIn);
	}

	private MockServerWebExchange exchange(MockServerHttpRequest.BaseBuilder<?> request) {
		return MockServerWebExchange.builder(request).sessionManager(exchange -> this.store.createWebSession()).build();
	}

	private static HttpCookie cookie() {
		return new HttpCookie(SessionCookie.NAME, "a-session");
	}

}
