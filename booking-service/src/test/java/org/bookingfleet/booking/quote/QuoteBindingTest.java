package org.bookingfleet.booking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.bookingfleet.booking.request.FieldError;
import org.junit.jupiter.api.Test;

class QuoteBindingTest {

	@Test
	void aQuotePricedForAnAddressBindsTheBookingToIt() {
		QuoteBinding houston = new QuoteBinding(true, "1 main st|houston|tx|77002|us||", null, null, null);

		assertThat(houston.mismatches("1 main st|houston|tx|77002|us||", "ana@example.com")).isEmpty();
		assertThat(houston.mismatches("1 main st|dallas|tx|75201|us||", "ana@example.com"))
			.extracting(FieldError::field)
			.containsExactly("address");
		assertThat(houston.mismatches(null, "ana@example.com")).extracting(FieldError::field)
			.containsExactly("address");
	}

	@Test
	void aQuotePricedWithoutAnAddressRefusesABookingWithOneAndATokenOfBeforeBindsNone() {
		assertThat(new QuoteBinding(true, null, null, null, null).mismatches("x|||||", null))
			.extracting(FieldError::field)
			.containsExactly("address");
		assertThat(QuoteBinding.NONE.mismatches("x|||||", "ana@example.com")).isEmpty();
	}

	@Test
	void aPromoCheckedForOneCustomerIsNotAnothersWhateverTheCase() {
		QuoteBinding forAna = new QuoteBinding(false, null, "ana@example.com", null, 1L);

		assertThat(forAna.mismatches(null, " Ana@Example.com ")).isEmpty();
		assertThat(forAna.mismatches(null, "eve@example.com")).extracting(FieldError::field)
			.containsExactly("customerEmail");
	}

}
