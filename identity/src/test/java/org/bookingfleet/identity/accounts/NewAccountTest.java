package org.bookingfleet.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class NewAccountTest {

	@Test
	void aGoodAccountHasNoProblems() {
		assertThat(new NewAccount(" Ana Torres ", "Ana@Example.com", "a long enough secret 7").problems()).isEmpty();
	}

	@Test
	void weakPasswordsAreRefused() {
		assertThat(new NewAccount("Ana", "ana@example.com", "password1234").problems()).containsKey("password");
		assertThat(new NewAccount("Ana", "ana@example.com", "aaaaaaaaaaaaaa").problems()).containsKey("password");
		assertThat(new NewAccount("Ana", "anatorres@example.com", "anatorres-2024").problems()).containsKey("password");
	}

	@Test
	void nameAndEmailHaveTheirShape() {
		assertThat(new NewAccount("A", "not-an-email", "a long enough secret 7").problems()).containsKeys("name",
				"email");
	}

	@Property
	void aPasswordIsAcceptedByItsLengthAlone(@ForAll @IntRange(min = 1, max = 200) int length) {
		String password = "xK9#mQ2$vL7&".repeat(20).substring(0, length);
		boolean accepted = !new NewAccount("Ana", "ana@example.com", password).problems().containsKey("password");
		assertThat(accepted).isEqualTo(length >= NewAccount.MIN_PASSWORD && length <= NewAccount.MAX_PASSWORD);
	}

}
