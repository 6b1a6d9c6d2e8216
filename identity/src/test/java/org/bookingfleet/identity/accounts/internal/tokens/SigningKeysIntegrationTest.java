package org.bookingfleet.identity.accounts.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.bookingfleet.identity.IdentityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The signing key is kept in the database: a restart (or a second instance) signs with
 * the same key.
 */
@IdentityIntegrationTest
class SigningKeysIntegrationTest {

	@Autowired
	JWKSource<SecurityContext> running;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRestartSignsWithTheKeyItMadeAtTheFirstStart() throws Exception {
		JWKSource<SecurityContext> restarted = new SigningKeys().jwkSource(this.jdbc);

		JWK before = keys(this.running).get(0);
		JWK after = keys(restarted).get(0);
		assertThat(after.getKeyID()).isEqualTo(before.getKeyID());
		assertThat(after.toRSAKey().toRSAPublicKey()).isEqualTo(before.toRSAKey().toRSAPublicKey());
		assertThat(this.jdbc.queryForObject("select count(*) from signing_key", Integer.class)).isEqualTo(1);
	}

	private static List<JWK> keys(JWKSource<SecurityContext> source) throws Exception {
		return source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
	}

}
