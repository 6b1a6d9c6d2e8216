package org.bookingfleet.pricing.catalog.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.junit.jupiter.api.Test;

class ServiceSnapshotTest {

	@Test
	void hourlyServiceAnnouncesTheLengthsACustomerMayChooseAndItsHours() {
		ServiceSnapshot handyman = ServiceDefinitions.snapshot(DemoCatalog.service("pro-handyman").orElseThrow());

		assertThat(handyman.durationMinutes()).isEqualTo(60);
		assertThat(handyman.minDurationMinutes()).isEqualTo(60);
		assertThat(handyman.maxDurationMinutes()).isEqualTo(480);
		assertThat(handyman.durationStepMinutes()).isEqualTo(30);
		assertThat(handyman.hasVariableDuration()).isTrue();
		assertThat(handyman.offersDuration(90)).isTrue();
		assertThat(handyman.offersDuration(100)).isFalse();
		assertThat(handyman.bookableFrom()).isEqualTo("07:00");
		assertThat(handyman.bookableUntil()).isEqualTo("20:00");
	}

	@Test
	void serviceWithAfterHoursAnnouncesItsWholeBookableWindow() {
		ServiceSnapshot standard = ServiceDefinitions
			.snapshot(DemoCatalog.service("hmnp-standard-notary").orElseThrow());

		assertThat(standard.bookableFrom()).isEqualTo("07:00");
		assertThat(standard.bookableUntil()).isEqualTo("21:00");
		assertThat(standard.minDurationMinutes()).isZero();
		assertThat(standard.maxDurationMinutes()).isZero();
		assertThat(standard.durationStepMinutes()).isZero();
		assertThat(standard.hasVariableDuration()).isFalse();
		assertThat(standard.offersDuration(60)).isTrue();
	}

	@Test
	void roundTheClockServiceAnnouncesNoHours() {
		ServiceSnapshot ron = ServiceDefinitions.snapshot(DemoCatalog.service("hmnp-ron-oath").orElseThrow());

		assertThat(ron.bookableFrom()).isNull();
		assertThat(ron.bookableUntil()).isNull();
		assertThat(ron.durationStepMinutes()).isZero();
	}

	@Test
	void courseAnnouncesItsFixedLengthOnly() {
		ServiceSnapshot course = ServiceDefinitions
			.snapshot(DemoCatalog.service("fa-emergency-first-aid-at-work").orElseThrow());

		assertThat(course.durationMinutes()).isEqualTo(360);
		assertThat(course.bookableFrom()).isEqualTo("08:00");
		assertThat(course.bookableUntil()).isEqualTo("14:00");
		assertThat(course.hasVariableDuration()).isFalse();
	}

}
