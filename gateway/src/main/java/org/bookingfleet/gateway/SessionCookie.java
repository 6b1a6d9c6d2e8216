package org.bookingfleet.gateway;

import org.springframework.http.server.reactive.ServerHttpRequest;

/** The cookie that names a signed-in person's session at the gateway. */
public final class SessionCookie {

	public static final String NAME = "SESSION";

	private SessionCookie() {
	}

	public static boolean isSentWith(ServerHttpRequest request) {
		return request.getCookies().containsKey(NAME);
	}

}
