package org.bookingfleet.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompactJwsTest {

	private static final byte[] JANUARY = "the-january-key-of-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8);

	private static final byte[] JULY = "the-july-key-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);

	@Test
	void aTokenSignedWithARetiredKeyVerifiesWhileTheKeyIsStillAccepted() {
		String signedInJanuary = CompactJws.keyRing("2026-01", Map.of("2026-01", JANUARY))
			.sign(CompactJws.claims().put("quoteId", "q-1"));
		CompactJws afterRotation = CompactJws.keyRing("2026-07", Map.of("2026-07", JULY, "2026-01", JANUARY));

		assertThat(afterRotation.check(signedInJanuary)).isInstanceOfSatisfying(CompactJws.Verified.class, verified -> {
			assertThat(verified.keyId()).isEqualTo("2026-01");
			assertThat(verified.claims().path("quoteId").asString()).isEqualTo("q-1");
		});
		assertThat(CompactJws.verifying(Map.of("2026-07", JULY)).check(signedInJanuary))
			.isEqualTo(new CompactJws.Refused(CompactJws.Reason.UNKNOWN_KEY));
	}

	@Test
	void eachRefusalSaysWhy() {
		CompactJws ring = CompactJws.keyRing("k", Map.of("k", JANUARY));
		String token = ring.sign(CompactJws.claims().put("sub", "a"));
		String[] parts = token.split("\\.");
		String none = base64("{\"alg\":\"none\",\"kid\":\"k\"}") + "." + parts[1] + ".";
		String unnamed = base64("{\"alg\":\"HS256\"}") + "." + parts[1] + "." + parts[2];

		assertThat(CompactJws.keyRing("k", Map.of("k", JULY)).check(token))
			.isEqualTo(new CompactJws.Refused(CompactJws.Reason.BAD_SIGNATURE));
		assertThat(ring.check(none)).isEqualTo(new CompactJws.Refused(CompactJws.Reason.UNSUPPORTED_ALGORITHM));
		assertThat(ring.check(unnamed)).isEqualTo(new CompactJws.Refused(CompactJws.Reason.UNKNOWN_KEY));
		assertThat(ring.check(parts[0] + "=." + parts[1] + "." + parts[2]))
			.isEqualTo(new CompactJws.Refused(CompactJws.Reason.MALFORMED));
		assertThat(ring.check("not.a.token")).isEqualTo(new CompactJws.Refused(CompactJws.Reason.MALFORMED));
		assertThat(ring.check(null)).isEqualTo(new CompactJws.Refused(CompactJws.Reason.MALFORMED));
	}

	@Test
	void keysThatOnlyVerifySignNothing() {
		assertThatThrownBy(() -> CompactJws.verifying(Map.of("k", JANUARY)).sign(CompactJws.claims()))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> CompactJws.keyRing("k", Map.of("k", "short".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
