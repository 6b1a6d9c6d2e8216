package org.bookingfleet.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LinkTokensTest {

	private static final String KEY = base64("the-links-key-of-at-least-thirty-two-bytes");

	private static final String OTHER_KEY = base64("another-links-key-of-thirty-two-bytes!!");

	private static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");

	private static final Instant IN_180_DAYS = NOW.plus(Duration.ofDays(180));

	private final LinkTokens links = LinkTokens.of("2026-03", KEY);

	@Test
	void anInvoiceLinkOpensItsOwnDocumentUntilItExpires() {
		String token = links.mint(LinkPurpose.INVOICE, "HMNP-INV-2026-00001", IN_180_DAYS);

		assertThat(links.opens(token, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isTrue();
		assertThat(links.opens(token, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", IN_180_DAYS.minusSeconds(1)))
			.isTrue();
		assertThat(links.opens(token, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", IN_180_DAYS)).isFalse();
	}

	@Test
	void aLinkOpensNoOtherSubject() {
		String invoice = links.mint(LinkPurpose.INVOICE, "HMNP-INV-2026-00001", IN_180_DAYS);
		String manage = links.mint(LinkPurpose.MANAGE, "8d7f5f3e-3c4b-4f0e-9f0a-1b2c3d4e5f60", IN_180_DAYS);

		assertThat(links.opens(invoice, LinkPurpose.INVOICE, "HMNP-INV-2026-00002", NOW)).isFalse();
		assertThat(links.opens(manage, LinkPurpose.MANAGE, "0b7f5f3e-3c4b-4f0e-9f0a-1b2c3d4e5f60", NOW)).isFalse();
		assertThat(links.opens(invoice, LinkPurpose.INVOICE, null, NOW)).isFalse();
	}

	@Test
	void aLinkOpensNothingForAnotherPurpose() {
		String invoice = links.mint(LinkPurpose.INVOICE, "8d7f5f3e-3c4b-4f0e-9f0a-1b2c3d4e5f60", IN_180_DAYS);
		String manage = links.mint(LinkPurpose.MANAGE, "HMNP-INV-2026-00001", IN_180_DAYS);

		assertThat(links.opens(invoice, LinkPurpose.MANAGE, "8d7f5f3e-3c4b-4f0e-9f0a-1b2c3d4e5f60", NOW)).isFalse();
		assertThat(links.opens(manage, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isFalse();
		assertThat(links.subject(invoice, LinkPurpose.MANAGE, NOW)).isEmpty();
		assertThat(links.subject(invoice, LinkPurpose.INVOICE, NOW)).contains("8d7f5f3e-3c4b-4f0e-9f0a-1b2c3d4e5f60");
	}

	@Test
	void aTamperedLinkOpensNothing() {
		String token = links.mint(LinkPurpose.INVOICE, "HMNP-INV-2026-00001", IN_180_DAYS);
		String[] parts = token.split("\\.");
		String otherClaims = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
				.replace("00001", "00002")
				.getBytes(StandardCharsets.UTF_8));
		String tampered = parts[0] + "." + otherClaims + "." + parts[2];

		assertThat(links.opens(tampered, LinkPurpose.INVOICE, "HMNP-INV-2026-00002", NOW)).isFalse();
		assertThat(links.opens(token.substring(0, token.length() - 2), LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW))
			.isFalse();
		assertThat(links.opens("", LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isFalse();
		assertThat(links.opens(null, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isFalse();
	}

	@Test
	void aLinkSignedWithAnotherKeyOpensNothingUntilThatKeyIsAccepted() {
		String signedElsewhere = LinkTokens.of("2026-03", OTHER_KEY)
			.mint(LinkPurpose.INVOICE, "HMNP-INV-2026-00001", IN_180_DAYS);
		String signedBeforeRotation = LinkTokens.of("2025-09", OTHER_KEY)
			.mint(LinkPurpose.INVOICE, "HMNP-INV-2026-00001", IN_180_DAYS);
		LinkTokens afterRotation = new LinkTokens("2026-03", Map.of("2026-03", KEY, "2025-09", OTHER_KEY));

		assertThat(links.opens(signedElsewhere, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isFalse();
		assertThat(links.opens(signedBeforeRotation, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isFalse();
		assertThat(afterRotation.opens(signedBeforeRotation, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isTrue();
	}

	@Test
	void aTokenOfTheSameKeyThatIsNoLinkOpensNothing() {
		CompactJws sameKey = CompactJws.keyRing("2026-03", Map.of("2026-03", Base64.getDecoder().decode(KEY)));
		String noIssuer = sameKey.sign(CompactJws.claims()
			.put("purpose", "invoice")
			.put("sub", "HMNP-INV-2026-00001")
			.put("exp", IN_180_DAYS.getEpochSecond()));
		String noExpiry = sameKey.sign(CompactJws.claims()
			.put("iss", LinkTokens.ISSUER)
			.put("purpose", "invoice")
			.put("sub", "HMNP-INV-2026-00001"));

		assertThat(links.opens(noIssuer, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isFalse();
		assertThat(links.opens(noExpiry, LinkPurpose.INVOICE, "HMNP-INV-2026-00001", NOW)).isFalse();
	}

	private static String base64(String key) {
		return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

}
