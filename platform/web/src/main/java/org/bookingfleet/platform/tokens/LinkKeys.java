package org.bookingfleet.platform.tokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The link tokens' keys as a service configures them: {@code fleet.links.active-key-id}
 * names the key that signs, {@code fleet.links.keys} lists every key ({@code id} and
 * base64 {@code secret}) whose links still open. Every service that signs or opens links
 * holds the same keys ({@code LINK_SIGNING_KEY_ID}, {@code LINK_SIGNING_KEY}).
 */
public final class LinkKeys {

	private LinkKeys() {
	}

	public static LinkTokens from(Environment environment) {
		Binder binder = Binder.get(environment);
		String active = binder.bind("fleet.links.active-key-id", String.class)
			.orElseThrow(() -> new IllegalStateException("fleet.links.active-key-id is not set"));
		Map<String, String> keys = new LinkedHashMap<>();
		binder.bind("fleet.links.keys", Bindable.listOf(Key.class))
			.orElse(List.of())
			.forEach(key -> keys.put(key.id(), key.secret()));
		return new LinkTokens(active, keys);
	}

	/** One key: its id (named in each token it signs) and its base64 secret. */
	public record Key(String id, String secret) {
	}

}
