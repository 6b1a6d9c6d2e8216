package org.bookingfleet.identity.accounts.internal.tokens;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The RS256 key that signs the tokens, made at the first start and kept in the database,
 * so tokens issued before a restart still verify after it. Every instance signs with the
 * same key: the first to start creates it, the others read it. The key is published at
 * {@code /oauth2/jwks}.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

	@Bean
	JWKSource<SecurityContext> jwkSource(JdbcTemplate jdbc) {
		if (stored(jdbc).isEmpty()) {
			KeyPair pair = generate();
			jdbc.update(
					"insert into signing_key (kid, private_key, public_key) values (?, ?, ?) on conflict do nothing",
					UUID.randomUUID().toString(), Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
					Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
		}
		// the newest signs; older ones would be published for tokens still in flight,
		// once keys rotate
		RSAKey newest = stored(jdbc).get(0);
		return new ImmutableJWKSet<>(new JWKSet(newest));
	}

	private static List<RSAKey> stored(JdbcTemplate jdbc) {
		return jdbc.query("select kid, private_key, public_key from signing_key order by created_at desc, kid",
				(row, n) -> rsaKey(row.getString("kid"), row.getString("private_key"), row.getString("public_key")));
	}

	private static RSAKey rsaKey(String kid, String privateKey, String publicKey) {
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPublicKey verifying = (RSAPublicKey) rsa
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
			RSAPrivateKey signing = (RSAPrivateKey) rsa
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
			return new RSAKey.Builder(verifying).privateKey(signing)
				.keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalStateException("the stored signing key " + kid + " cannot be read", ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
