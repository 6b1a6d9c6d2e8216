package org.bookingfleet.availability.schedule.internal.web;

import java.time.Instant;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.bookingfleet.availability.schedule.internal.store.ScheduleDocument;
import org.bookingfleet.availability.time.TimeSet;
import org.bookingfleet.testsupport.HostileJson;

/**
 * Whatever JSON arrives, a schedule or a time off is checked or refused as the client's
 * error, never a 500.
 */
class HostileRequestProperties {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	@Property(tries = 400)
	void aScheduleIsCheckedOrRefusedAsTheClientsError(@ForAll("schedules") String body) {
		HostileJson.bindAndCheck(body, ScheduleDocument.class, schedule -> {
			schedule.toProvider(7, TimeSet.empty());
			schedule.checkDatesWithin(NOW);
		});
	}

	@Property(tries = 400)
	void aTimeOffIsCheckedOrRefusedAsTheClientsError(@ForAll("timeOffs") String body) {
		HostileJson.bindAndCheck(body, ScheduleController.TimeOffBody.class,
				timeOff -> ScheduleController.range(timeOff, NOW));
	}

	@Provide
	Arbitrary<String> schedules() {
		return HostileJson.bodies(ScheduleDocument.class);
	}

	@Provide
	Arbitrary<String> timeOffs() {
		return HostileJson.bodies(ScheduleController.TimeOffBody.class);
	}

}
