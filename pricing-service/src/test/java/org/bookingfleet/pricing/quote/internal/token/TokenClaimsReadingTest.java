package org.bookingfleet.pricing.quote.internal.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TokenClaimsReadingTest {

	private static final JsonMapper JSON = new JsonMapper();

	@Test
	void claimsNestedDeeperThanATokenNeedsAreMalformed() {
		String deep = "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}";

		assertThat(QuoteSigner.claims(JSON.readTree(deep), 0)).isEmpty();
		assertThat(QuoteSigner.claims(JSON.readTree("{\"a\":[{\"b\":1},{\"c\":null}]}"), 0)).isPresent();
	}

	@Test
	void fractionsBooleansAndArraysOfAnythingButObjectsAreNoClaims() {
		assertThat(QuoteSigner.claims(JSON.readTree("{\"a\":[1,2]}"), 0)).isEmpty();
		assertThat(QuoteSigner.claims(JSON.readTree("{\"a\":1.5}"), 0)).isEmpty();
		assertThat(QuoteSigner.claims(JSON.readTree("{\"a\":true}"), 0)).isEmpty();
		assertThat(QuoteSigner.claimsOf("{\"a\":[1,2,]}")).isEmpty();
	}

}
