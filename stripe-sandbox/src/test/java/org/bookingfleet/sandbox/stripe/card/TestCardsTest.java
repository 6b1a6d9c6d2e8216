package org.bookingfleet.sandbox.stripe.card;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestCardsTest {

	@Test
	void theVisaTestCardSucceeds() {
		assertThat(TestCards.charge("4242 4242 4242 4242")).isEqualTo(new CardCharge.Approved("visa", "4242"));
	}

	@Test
	void theDeclineTestCardIsDeclinedAsACardError() {
		CardCharge.Declined declined = (CardCharge.Declined) TestCards.charge("4000000000000002");

		assertThat(declined.error().httpStatus()).isEqualTo(402);
		assertThat(declined.error().type()).isEqualTo("card_error");
		assertThat(declined.error().code()).isEqualTo("card_declined");
		assertThat(declined.error().declineCode()).isEqualTo("generic_decline");
	}

	@Test
	void theInsufficientFundsCardIsDeclinedForInsufficientFunds() {
		CardCharge.Declined declined = (CardCharge.Declined) TestCards.charge("4000-0000-0000-9995");

		assertThat(declined.error().code()).isEqualTo("card_declined");
		assertThat(declined.error().declineCode()).isEqualTo("insufficient_funds");
		assertThat(declined.error().message()).isEqualTo("Your card has insufficient funds.");
	}

	@Test
	void stripesTestPaymentMethodsStandForTheirCards() {
		assertThat(TestCards.numberOfPaymentMethod("pm_card_visa")).contains(TestCards.SUCCEEDS);
		assertThat(TestCards.numberOfPaymentMethod("pm_card_chargeDeclinedInsufficientFunds"))
			.contains(TestCards.INSUFFICIENT_FUNDS);
		assertThat(TestCards.numberOfPaymentMethod("pm_unknown")).isEmpty();
	}

	@Test
	void aMistypedNumberIsAnIncorrectNumberAndAnyOtherRealNumberIsDeclined() {
		assertThat(((CardCharge.Declined) TestCards.charge("4242424242424241")).error().code())
			.isEqualTo("incorrect_number");
		assertThat(((CardCharge.Declined) TestCards.charge("5555555555554444")).error().declineCode())
			.isEqualTo("test_mode_live_card");
	}

	@Test
	void luhnAcceptsStripesTestNumbersAndRejectsASingleWrongDigit() {
		assertThat(TestCards.passesLuhn(TestCards.SUCCEEDS)).isTrue();
		assertThat(TestCards.passesLuhn(TestCards.DECLINED)).isTrue();
		assertThat(TestCards.passesLuhn(TestCards.INSUFFICIENT_FUNDS)).isTrue();
		assertThat(TestCards.passesLuhn("4242424242424243")).isFalse();
	}

}
