package org.bookingfleet.pricing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.bookingfleet.pricing.money.Money;
import org.junit.jupiter.api.Test;

class ServiceEditTest {

	private final ServiceDefinition corte = service("barber-corte");

	private final ServiceDefinition handyman = service("pro-handyman");

	@Test
	void aNewPriceKeepsTheModelAndEverythingElseAndRaisesTheRevision() {
		ServiceDefinition changed = edit(Optional.empty(), Optional.of(1_700_000L), Optional.empty()).applyTo(corte);

		assertThat(changed.priceModel()).isEqualTo(new PriceModel.Fixed(Money.of(1_700_000, "ARS")));
		assertThat(changed.revision()).isEqualTo(corte.revision() + 1);
		assertThat(changed).usingRecursiveComparison().ignoringFields("priceModel", "revision").isEqualTo(corte);
	}

	@Test
	void anHourlyRateKeepsTheLengthsACustomerMayChoose() {
		PriceModel.Hourly before = (PriceModel.Hourly) handyman.priceModel();

		PriceModel.Hourly after = (PriceModel.Hourly) edit(Optional.empty(), Optional.of(7_000L), Optional.empty())
			.applyTo(handyman)
			.priceModel();

		assertThat(after).isEqualTo(
				new PriceModel.Hourly(Money.of(7_000, "USD"), before.minimum(), before.maximum(), before.increment()));
	}

	@Test
	void deactivatingChangesOnlyTheState() {
		ServiceDefinition changed = edit(Optional.empty(), Optional.empty(), Optional.of(false)).applyTo(corte);

		assertThat(changed.active()).isFalse();
		assertThat(changed.priceModel()).isEqualTo(corte.priceModel());
	}

	@Test
	void anEmptyNameIsRefused() {
		assertThatThrownBy(() -> edit(Optional.of("  "), Optional.empty(), Optional.empty()).applyTo(corte))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static ServiceEdit edit(Optional<String> name, Optional<Long> price, Optional<Boolean> active) {
		return new ServiceEdit(name, Optional.empty(), Optional.<Duration>empty(), price, Optional.empty(), active);
	}

	private static ServiceDefinition service(String id) {
		return DemoCatalog.services().stream().filter(service -> service.id().equals(id)).findFirst().orElseThrow();
	}

}
