package org.bookingfleet.gateway.security.internal.signin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The page's view of sign-in: who is signed in ({@code GET /api/v2/me}, by the session or
 * by a bearer token) and the start of signing in that comes back to the page it left
 * ({@code GET /signin?return=/provider.html}).
 */
@RestController
class SignInController {

	private final SignInProperties signIn;

	SignInController(SignInProperties signIn) {
		this.signIn = signIn;
	}

	@GetMapping("/api/v2/me")
	Map<String, Object> me(Authentication caller) {
		Map<String, Object> me = new LinkedHashMap<>();
		if (caller != null && caller.getPrincipal() instanceof OidcUser person) {
			me.put("subject", person.getSubject());
			me.put("name", nameOf(person));
			me.put("email", person.getEmail());
			me.put("roles", SignedInPeople.rolesOf(person));
			me.put("providerId", person.getClaims().get("providerId"));
			me.put("signedInWith", "session");
			return me;
		}
		if (caller != null && caller.getPrincipal() instanceof Jwt token) {
			me.put("subject", token.getSubject());
			me.put("name", token.getClaimAsString("name"));
			me.put("email", token.getClaimAsString("email"));
			me.put("roles", roles(caller));
			me.put("providerId", token.getClaims().get("providerId"));
			me.put("signedInWith", "token");
			return me;
		}
		throw ApiException.unauthenticated("sign in first");
	}

	@GetMapping("/signin")
	Mono<ResponseEntity<Void>> signIn(@RequestParam(name = "return", required = false) String back,
			ServerWebExchange exchange) {
		if (!this.signIn.enabled()) {
			return Mono.error(new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "sign-in is not configured"));
		}
		return exchange.getSession().map(session -> {
			session.getAttributes().put(ReturnAfterSignIn.ATTRIBUTE, ReturnAfterSignIn.localPath(back));
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(URI.create("/oauth2/authorization/" + SignInProperties.REGISTRATION))
				.build();
		});
	}

	private static String nameOf(OidcUser person) {
		String name = person.getFullName();
		if (name == null || name.isBlank()) {
			name = person.getClaimAsString("name");
		}
		return (name == null || name.isBlank()) ? person.getEmail() : name;
	}

	private static List<String> roles(Authentication caller) {
		return caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.toList();
	}

}
