package org.bookingfleet.architecture.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/events.md} says what the code does: the build fails when a contract, a
 * producer or a subscription changed and the document was not regenerated.
 */
class EventsDocumentTest {

	static final Path DOCUMENT = Path.of("..", "docs", "events.md");

	static final JavaClasses FLEET = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.bookingfleet");

	@Test
	void theEventsDocumentIsTheOneTheCodeWrites() throws IOException {
		List<EventMap.Event> events = EventMap.of(FLEET);
		String written = EventsDocument.render(events);
		if (Boolean.getBoolean("events.write")) {
			Files.writeString(DOCUMENT, written, StandardCharsets.UTF_8);
		}

		assertThat(Files.exists(DOCUMENT)).as("docs/events.md exists").isTrue();
		assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
			.as("docs/events.md is out of date: regenerate it with "
					+ "./mvnw -pl architecture-tests test -Dtest=EventsDocumentTest -Devents.write=true")
			.isEqualTo(written);
	}

	@Test
	void everyEventHasAProducerAndTheSagasEventsTheirConsumers() {
		List<EventMap.Event> events = EventMap.of(FLEET);

		assertThat(events).hasSizeGreaterThan(20).allSatisfy(event -> assertThat(event.producers()).isNotEmpty());
		assertThat(events).filteredOn(event -> event.type().equals("SlotReserved"))
			.singleElement()
			.satisfies(event -> assertThat(event.consumers()).anyMatch(name -> name.startsWith("booking-service")));
		assertThat(events).filteredOn(event -> event.type().equals("BookingCancelled"))
			.singleElement()
			.satisfies(event -> assertThat(event.consumers()).hasSizeGreaterThanOrEqualTo(3));
	}

}
