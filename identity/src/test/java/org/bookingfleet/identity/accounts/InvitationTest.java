package org.bookingfleet.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvitationTest {

	@Test
	void aCompleteInvitationHasNoProblemsAndIsInEnglishUnlessAskedOtherwise() {
		Invitation invitation = new Invitation(" Lucia@Example.COM ", " Lucía Romero ", 51L, null);

		assertThat(invitation.problems()).isEmpty();
		assertThat(invitation.email()).isEqualTo("lucia@example.com");
		assertThat(invitation.name()).isEqualTo("Lucía Romero");
		assertThat(invitation.language()).isEqualTo("en");
		assertThat(new Invitation("lucia@example.com", "Lucía", 51L, "ES").problems()).isEmpty();
	}

	@Test
	void eachBrokenRuleIsNamedByItsField() {
		assertThat(new Invitation("lucia", "L", 0L, "fr").problems()).containsOnlyKeys("email", "name", "providerId",
				"language");
		assertThat(new Invitation("lucia@example.com", "Lucía", null, "en").problems()).containsOnlyKeys("providerId");
		assertThat(new Invitation("lucia@example.com", "x".repeat(101), 7L, "en").problems()).containsOnlyKeys("name");
	}

}
