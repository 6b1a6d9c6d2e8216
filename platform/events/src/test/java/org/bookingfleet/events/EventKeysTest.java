package org.bookingfleet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.events.booking.BookingRequested;
import org.junit.jupiter.api.Test;

class EventKeysTest {

	@Test
	void everyContractKeysItsEventsByOneOfItsComponents() throws Exception {
		List<Class<?>> contracts = contracts();

		assertThat(contracts).hasSizeGreaterThan(20);
		for (Class<?> contract : contracts) {
			String key = EventCodec.contractOf(contract).key();
			assertThat(EventKeys.path(contract, key)).as(contract.getSimpleName()).isNotEmpty();
		}
	}

	@Test
	void theKeyIsTheNamedComponentAsText() {
		UUID booking = UUID.randomUUID();
		Instant start = Instant.parse("2026-12-07T15:00:00Z");

		assertThat(EventKeys.keyOf(new BookingRequested(booking, UUID.randomUUID(), "hmnp-standard-notary", 42L, start,
				start.plusSeconds(3600), 1, null)))
			.isEqualTo(booking.toString());
		assertThat(EventKeys.keyOf(new SlotHeld(UUID.randomUUID(), 42L, "hmnp-standard-notary", start,
				start.plusSeconds(3600), 1, start.minusSeconds(600), false)))
			.isEqualTo("42");
	}

	@Test
	void aKeyThatNamesNoComponentIsRefusedNamingTheStep() {
		assertThatThrownBy(() -> EventKeys.path(SlotHeld.class, "provider.id"))
			.hasMessageContaining("SlotHeld's key provider.id names no record component provider");
	}

	@Test
	void everyContractThatNamesAnAggregateVersionNamesOneOfItsComponents() throws Exception {
		for (Class<?> contract : contracts()) {
			String version = EventCodec.contractOf(contract).aggregateVersion();
			if (!version.isEmpty()) {
				assertThat(EventKeys.path(contract, version)).as(contract.getSimpleName()).isNotEmpty();
			}
		}
	}

	@Test
	void theAggregateVersionIsTheNamedNumberOrNoneAtAll() {
		UUID course = UUID.randomUUID();
		Instant start = Instant.parse("2026-12-07T15:00:00Z");

		assertThat(EventKeys.aggregateVersionOf(new CourseMoved(course, new Revision(7)))).isEqualTo(7);
		assertThat(EventKeys.aggregateVersionOf(new SlotHeld(UUID.randomUUID(), 42L, "hmnp-standard-notary", start,
				start.plusSeconds(3600), 1, start.minusSeconds(600), false)))
			.isZero();
	}

	@Test
	void anAggregateVersionThatIsNoNumberIsRefused() {
		assertThatThrownBy(() -> EventKeys.aggregateVersionOf(new CourseRenamed(UUID.randomUUID(), "seven")))
			.hasMessageContaining("CourseRenamed's aggregate version name is no number");
	}

	@EventContract(type = "CourseMoved", topic = "courses", key = "courseId", aggregateVersion = "revision.number")
	record CourseMoved(UUID courseId, Revision revision) {
	}

	record Revision(long number) {
	}

	@EventContract(type = "CourseRenamed", topic = "courses", key = "courseId", aggregateVersion = "name")
	record CourseRenamed(UUID courseId, String name) {
	}

	/** Every class of the contracts' packages that carries the annotation. */
	private static List<Class<?>> contracts() throws IOException, URISyntaxException {
		Path root = Path.of(EventContract.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(file -> file.toString().endsWith(".class"))
				.map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
				.map(EventKeysTest::load)
				.filter(type -> type.isAnnotationPresent(EventContract.class))
				.toList();
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
