package org.bookingfleet.events.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventKeys;
import org.junit.jupiter.api.Test;

class ServiceSnapshotContractTest {

	final EventCodec codec = new EventCodec("pricing-service",
			Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC));

	@Test
	void aServiceAnnouncedBeforeBusinessesTravelledReadsWithoutAProfile() {
		String json = """
				{"specversion":"1.0","id":"%s","type":"ServiceDefined","source":"pricing-service",
				 "time":"2026-12-05T15:00:00Z","subject":"barber-corte","dataversion":"1",
				 "data":{"service":{"serviceId":"barber-corte","businessId":"barberia-palermo","name":"Corte de pelo",
				  "type":"IN_STORE","durationMinutes":30,"capacity":1,"bufferBeforeMinutes":0,"bufferAfterMinutes":10,
				  "minimumNoticeMinutes":30,"timeZone":"America/Argentina/Buenos_Aires","currency":"ARS","active":true,
				  "bookableFrom":"10:00","bookableUntil":"20:00","minDurationMinutes":0,"maxDurationMinutes":0,
				  "durationStepMinutes":0}}}
				""".formatted(UUID.randomUUID());

		ServiceSnapshot read = EventCodec
			.data(EventCodec.read(json.getBytes(StandardCharsets.UTF_8)), ServiceDefined.class)
			.service();

		assertThat(read.businessId()).isEqualTo("barberia-palermo");
		assertThat(read.business()).isNull();
		assertThat(read.taxName()).isNull();
	}

	@Test
	void aServiceEventCarriesTheCatalogsRevisionAsItsAggregateVersion() {
		ServiceSnapshot service = new ServiceSnapshot("barber-corte", "barberia-palermo", "Corte de pelo", "IN_STORE",
				30, 1, 0, 10, 30, "America/Argentina/Buenos_Aires", "ARS", true);

		ServiceChanged read = EventCodec.data(
				EventCodec.read(EventCodec.write(codec.envelope(new ServiceChanged(service, 4L), "barber-corte", 4))),
				ServiceChanged.class);

		assertThat(EventKeys.aggregateVersionOf(new ServiceDefined(service, 1L))).isEqualTo(1);
		assertThat(EventKeys.aggregateVersionOf(new ServiceChanged(service, 4L))).isEqualTo(4);
		assertThat(read.revision()).isEqualTo(4L);
		assertThat(new ServiceChanged(service).revision()).isNull();
	}

	@Test
	void aServiceCarriesItsBusinessProfileAndTax() {
		BusinessProfile profile = new BusinessProfile("london-first-aid", "London First Aid Training",
				"London First Aid Training Ltd",
				new BusinessProfile.PostalAddress(List.of("27 Old Gloucester Street"), "London", null, "WC1N 3AX",
						"GB"),
				"VAT number", "GB 123 4567 89", null, "en-GB", "Europe/London", "GBP", "hello@example.co.uk",
				"+442079460000", "Free cancellation up to 48 hours before the course.", "LFAT",
				Map.of("en", "Free cancellation up to 48 hours before the course.", "es-AR",
						"Cancelación sin cargo hasta 48 horas antes del curso."),
				3L);
		ServiceSnapshot course = new ServiceSnapshot("fa-course", "london-first-aid", "Emergency First Aid at Work",
				"COURSE", 360, 12, 30, 30, 2880, "Europe/London", "GBP", true, "08:00", "14:00", 0, 0, 0)
			.withBusiness(profile, "VAT", "20");

		ServiceChanged read = EventCodec.data(
				EventCodec.read(EventCodec.write(codec.envelope(new ServiceChanged(course), "fa-course", 2))),
				ServiceChanged.class);

		assertThat(read.service()).isEqualTo(course);
		assertThat(read.service().business().address().country()).isEqualTo("GB");
		assertThat(read.service().business().cancellationWordings()).containsKeys("en", "es-AR");
		assertThat(read.service().business().revision()).isEqualTo(3L);
	}

	@Test
	void aProfileOfAnOlderProducerReadsWithoutWordingsPerLanguageOrRevision() {
		String json = """
				{"specversion":"1.0","id":"%s","type":"ServiceChanged","source":"pricing-service",
				 "time":"2026-12-05T15:00:00Z","subject":"barber-corte","dataversion":"1",
				 "data":{"service":{"serviceId":"barber-corte","businessId":"barberia-palermo","name":"Corte de pelo",
				  "type":"IN_STORE","durationMinutes":30,"capacity":1,"bufferBeforeMinutes":0,"bufferAfterMinutes":10,
				  "minimumNoticeMinutes":30,"timeZone":"America/Argentina/Buenos_Aires","currency":"ARS","active":true,
				  "minDurationMinutes":0,"maxDurationMinutes":0,"durationStepMinutes":0,
				  "business":{"businessId":"barberia-palermo","name":"Barbería Palermo","language":"es-AR",
				   "cancellationWording":"Podés cancelar sin cargo hasta 2 horas antes.","invoicePrefix":"BPAL"}}}}
				""".formatted(UUID.randomUUID());

		BusinessProfile read = EventCodec
			.data(EventCodec.read(json.getBytes(StandardCharsets.UTF_8)), ServiceChanged.class)
			.service()
			.business();

		assertThat(read.cancellationWording()).isEqualTo("Podés cancelar sin cargo hasta 2 horas antes.");
		assertThat(read.cancellationWordings()).isEmpty();
		assertThat(read.revision()).isNull();
	}

}
