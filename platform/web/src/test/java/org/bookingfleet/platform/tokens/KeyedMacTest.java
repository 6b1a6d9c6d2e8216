package org.bookingfleet.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class KeyedMacTest {

	@Test
	void itIsHmacSha256AsRfc4231DefinesItUseAfterUse() {
		KeyedMac jefe = new KeyedMac("Jefe".getBytes(StandardCharsets.US_ASCII));
		byte[] input = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
		String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

		assertThat(HexFormat.of().formatHex(jefe.of(input))).isEqualTo(expected);
		assertThat(HexFormat.of().formatHex(jefe.of(input))).isEqualTo(expected);
	}

}
