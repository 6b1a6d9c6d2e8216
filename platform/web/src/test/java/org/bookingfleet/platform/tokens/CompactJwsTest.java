package org.bookingfleet.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	@Test
	void tokensSignedAndCheckedAtOnceOnManyThreadsAreEachSignedRight() throws Exception {
		CompactJws ring = CompactJws.keyRing("2026-07", Map.of("2026-07", JULY, "2026-01", JANUARY));
		CompactJws january = CompactJws.keyRing("2026-01", Map.of("2026-01", JANUARY));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<List<String>>> signers = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				int first = thread * 10_000;
				signers.add(() -> {
					List<String> wrong = new ArrayList<>();
					for (int n = first; n < first + 2_000; n++) {
						String token = ring.sign(CompactJws.claims().put("n", n));
						String old = january.sign(CompactJws.claims().put("n", n));
						if (!(ring.check(token) instanceof CompactJws.Verified verified)
								|| verified.claims().path("n").asInt() != n
								|| !(ring.check(old) instanceof CompactJws.Verified)) {
							wrong.add(token);
						}
					}
					return wrong;
				});
			}
			for (Future<List<String>> signer : threads.invokeAll(signers)) {
				assertThat(signer.get()).isEmpty();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
