package org.bookingfleet.sandbox.partners.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class PartnerRecordsTest {

	@Test
	void aRestartedSandboxNeverGivesAnIdItGaveBefore() {
		Set<String> given = new HashSet<>();
		for (int start = 0; start < 3; start++) {
			// started again by the fleet, while the services keep the ids they got
			PartnerRecords records = new PartnerRecords(PartnerRecords.DEFAULT_KEEP);
			for (int i = 0; i < 50; i++) {
				assertThat(given.add(records.createTransaction(new JsonObject()).get("id").getAsString())).isTrue();
			}
		}
	}

	@Test
	void ofEachKindTheLatestAreKeptAndTheOldestAnswerAsNeverReceived() {
		PartnerRecords records = new PartnerRecords(3);
		List<String> contacts = IntStream.range(0, 5)
			.mapToObj(i -> records.upsertContact(contact("guest" + i + "@example.com")).get("id").getAsString())
			.toList();
		List<String> transactions = IntStream.range(0, 5)
			.mapToObj(i -> records.createTransaction(new JsonObject()).get("id").getAsString())
			.toList();
		IntStream.range(0, 5).forEach(i -> records.insertEvent("primary", event("booking" + i)));
		IntStream.range(0, 5).forEach(i -> records.recordMessage("AC1", Map.of("To", "+1713555010" + i)));
		IntStream.range(0, 5).forEach(i -> records.recordCrmAction("tag", contacts.get(4), new JsonObject()));

		assertThat(records.contacts()).extracting(c -> c.get("email").getAsString())
			.containsExactly("guest2@example.com", "guest3@example.com", "guest4@example.com");
		assertThat(records.contact(contacts.get(1))).isEmpty();
		assertThat(records.contact(contacts.get(2))).isPresent();
		assertThat(records.transactions()).extracting(t -> t.get("id").getAsString())
			.containsExactlyElementsOf(transactions.subList(2, 5));
		assertThat(records.recallTransaction(transactions.get(0), "late")).isEmpty();
		assertThat(records.recallTransaction(transactions.get(4), "late")).isPresent();
		assertThat(records.updateEvent("primary", "booking1", new JsonObject()))
			.isEqualTo(PartnerRecords.EventChange.MISSING);
		assertThat(records.updateEvent("primary", "booking4", new JsonObject()))
			.isEqualTo(PartnerRecords.EventChange.UPDATED);
		assertThat(records.calendarEvents()).hasSize(3);
		assertThat(records.messages()).extracting(m -> m.get("to").getAsString())
			.containsExactly("+17135550102", "+17135550103", "+17135550104");
		assertThat(records.crmActions()).hasSize(3);
	}

	@Test
	void aContactUpsertedAgainIsOneContactStillFoundByItsId() {
		PartnerRecords records = new PartnerRecords(2);
		String id = records.upsertContact(contact("dana@example.com")).get("id").getAsString();
		records.upsertContact(contact("dana@example.com"));
		records.upsertContact(contact("lee@example.com"));

		assertThat(records.contacts()).hasSize(2);
		assertThat(records.contact(id)).isPresent();
	}

	private static JsonObject contact(String email) {
		JsonObject contact = new JsonObject();
		contact.addProperty("email", email);
		return contact;
	}

	private static JsonObject event(String id) {
		JsonObject event = new JsonObject();
		event.addProperty("id", id);
		return event;
	}

}
