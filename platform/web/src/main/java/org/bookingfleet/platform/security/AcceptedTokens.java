package org.bookingfleet.platform.security;

import java.text.ParseException;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import reactor.core.publisher.Mono;

/**
 * Two kinds of token side by side: those signed with the shared HS256 key (tests and
 * local tools) are checked locally, every other one against the identity provider's keys.
 * The token's header only says which check applies; each check still verifies the
 * signature with its own key and algorithm.
 */
public final class AcceptedTokens implements TokenVerifier {

	private final TokenVerifier local;

	private final TokenVerifier issuer;

	public AcceptedTokens(TokenVerifier local, TokenVerifier issuer) {
		this.local = local;
		this.issuer = issuer;
	}

	@Override
	public Mono<Caller> callerOf(String token) {
		return isSharedKey(token) ? this.local.callerOf(token) : this.issuer.callerOf(token);
	}

	/**
	 * Whether the token's header names HS256; anything unreadable goes to the issuer's
	 * check, which refuses it.
	 */
	public static boolean isSharedKey(String token) {
		int dot = (token != null) ? token.indexOf('.') : -1;
		if (dot <= 0) {
			return false;
		}
		try {
			return JWSAlgorithm.HS256.equals(Header.parse(new Base64URL(token.substring(0, dot))).getAlgorithm());
		}
		catch (ParseException | RuntimeException ex) {
			return false;
		}
	}

}
