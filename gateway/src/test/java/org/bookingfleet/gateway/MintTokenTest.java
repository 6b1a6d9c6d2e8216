package org.bookingfleet.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;

class MintTokenTest {

	final JwtTokens fleet = new JwtTokens(MintToken.LOCAL_SECRET, Clock.systemUTC());

	@Test
	void providerTokenCarriesTheRoleAndTheProviderIdTheFleetReads() {
		Caller caller = this.fleet
			.verify(MintToken.mint(MintToken.LOCAL_SECRET, Role.PROVIDER, 7L, Duration.ofHours(1)));

		assertThat(caller.roles()).containsExactly(Role.PROVIDER);
		assertThat(caller.isProvider(7)).isTrue();
		assertThat(caller.subject()).isEqualTo("local-provider-7");
	}

	@Test
	void adminTokenHasNoProvider() {
		Caller caller = this.fleet
			.verify(MintToken.mint(MintToken.LOCAL_SECRET, Role.ADMIN, null, Duration.ofHours(1)));

		assertThat(caller.roles()).isEqualTo(Set.of(Role.ADMIN));
		assertThat(caller.providerId()).isNull();
	}

	@Test
	void tokenMintedWithAnotherKeyDoesNotPassTheLocalFleet() {
		String other = MintToken.mint("another-deployment-secret-0123456789abcdef", Role.CLIENT, null,
				Duration.ofHours(1));

		assertThatThrownBy(() -> this.fleet.verify(other)).isInstanceOf(JwtTokens.InvalidToken.class);
	}

}
