package org.bookingfleet.sandbox.partners.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class PartnerRecordsTest {

	@Test
	void aRestartedSandboxNeverGivesAnIdItGaveBefore() {
		Set<String> given = new HashSet<>();
		for (int start = 0; start < 3; start++) {
			// started again by the fleet, while the services keep the ids they got
			PartnerRecords records = new PartnerRecords();
			for (int i = 0; i < 50; i++) {
				assertThat(given.add(records.createTransaction(new JsonObject()).get("id").getAsString())).isTrue();
			}
		}
	}

}
