package org.bookingfleet.integration.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.integration.SampleBookings;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.Business;
import org.junit.jupiter.api.Test;

class BookingMessagesTest {

	private static final MessageCatalog CATALOG = MessageCatalog.fromClasspath();

	private final BookingMessages messages = new BookingMessages(CATALOG);

	@Test
	void everyLanguageHasEveryMessageInEveryForm() {
		for (Language language : Language.values()) {
			for (MessageKind kind : MessageKind.values()) {
				MessageTemplate template = CATALOG.template(kind, language);
				assertThat(template.subject()).isNotBlank();
				assertThat(template.body()).isNotBlank();
				assertThat(template.text()).isNotBlank();
				assertThat(MessageCatalog.PLACEHOLDERS).containsAll(template.placeholders());
			}
		}
	}

	@Test
	void argentineCustomerIsRemindedInArgentineSpanishAtTheLocalTime() {
		Instant start = ZonedDateTime.of(LocalDateTime.parse("2026-12-05T15:00"), SampleBookings.BUENOS_AIRES)
			.toInstant();

		RenderedMessage reminder = messages.renderForCustomer(MessageKind.REMINDER_24H, SampleBookings.haircut(start));

		assertThat(reminder.text()).isEqualTo("Tenés una cita mañana a las 15:00 con Martín Gómez.");
		assertThat(reminder.subject()).isEqualTo("Recordatorio: Corte de pelo mañana a las 15:00");
	}

	@Test
	void englishConfirmationTellsDateAndTimeInTheProvidersZone() {
		Instant start = Instant.parse("2026-12-05T21:00:00Z");

		RenderedMessage confirmation = messages.renderForCustomer(MessageKind.CONFIRMATION,
				SampleBookings.ronAcknowledgment(start));

		assertThat(confirmation.subject())
			.isEqualTo("Your RON Acknowledgment is confirmed for Saturday, December 5, 2026");
		assertThat(confirmation.body()).contains("at 3:00 PM (America/Chicago)").contains("Hello Dana Smith,");
	}

	@Test
	void localTimeInTheMessageFollowsTheSummerTimeChange() {
		Instant beforeChange = Instant.parse("2026-03-07T16:00:00Z");
		Instant afterChange = Instant.parse("2026-03-09T15:00:00Z");

		String saturday = messages
			.renderForCustomer(MessageKind.REMINDER_2H, SampleBookings.ronAcknowledgment(beforeChange))
			.text();
		String monday = messages
			.renderForCustomer(MessageKind.REMINDER_2H, SampleBookings.ronAcknowledgment(afterChange))
			.text();

		assertThat(saturday).contains("(10:00 AM)");
		assertThat(monday).contains("(10:00 AM)");
	}

	@Test
	void spanishSpeakersOfAnyRegionGetTheArgentineTemplatesAndOthersEnglish() {
		assertThat(Language.of("es")).isEqualTo(Language.ARGENTINE_SPANISH);
		assertThat(Language.of("es_MX")).isEqualTo(Language.ARGENTINE_SPANISH);
		assertThat(Language.of("en-GB")).isEqualTo(Language.ENGLISH);
		assertThat(Language.of("fr")).isEqualTo(Language.ENGLISH);
		assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
	}

	@Test
	void providerAlertListsTheCriticalRequirementsOnly() {
		RenderedMessage alert = messages.renderForCustomer(MessageKind.PROVIDER_ALERT,
				SampleBookings.firstAidCourse(Instant.parse("2026-12-05T09:00:00Z")));

		assertThat(alert.body()).contains("- Tom Reed: WHEELCHAIR_ACCESS (step-free route to the training room)")
			.doesNotContain("vegetarian");
		assertThat(alert.subject()).startsWith("CRITICAL requirement for Emergency First Aid at Work");
	}

	@Test
	void templateWithoutAValueForAPlaceholderIsRefused() {
		MessageTemplate template = new MessageTemplate("Hi {customer}", "See you at {time}", "{time}");

		assertThatThrownBy(() -> template.render(Map.of("customer", "Dana")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("{time}");
	}

	@Test
	void valuesWithDollarSignsAndBackslashesAreInsertedAsTheyAre() {
		MessageTemplate template = new MessageTemplate("{customer}", "{address}", "{customer}");

		RenderedMessage rendered = template.render(Map.of("customer", "A$1 \\o/", "address", "Suite $2"));

		assertThat(rendered.subject()).isEqualTo("A$1 \\o/");
		assertThat(rendered.body()).isEqualTo("Suite $2");
	}

	@Test
	void confirmationShowsThePriceInTheBusinessCurrencyTheReadersWay() {
		Instant start = Instant.parse("2026-12-05T18:00:00Z");
		BookingSnapshot priced = SampleBookings.priced(SampleBookings.haircut(start), 1_250_000, "ARS");

		assertThat(messages.renderForCustomer(MessageKind.CONFIRMATION, priced).body()).contains("Precio: $ 12.500,00");
		assertThat(messages
			.render(MessageKind.CONFIRMATION,
					SampleBookings.priced(SampleBookings.ronAcknowledgment(start), 7500, "USD"), Language.ENGLISH)
			.body()).contains("Price: $75.00");
		assertThat(messages.render(MessageKind.CONFIRMATION, SampleBookings.ronAcknowledgment(start), Language.ENGLISH)
			.body()).contains("Price: -");
	}

	@Test
	void attendeeIsGreetedByTheirOwnName() {
		RenderedMessage toTom = messages.renderFor("Tom Reed", MessageKind.CONFIRMATION,
				SampleBookings.firstAidCourse(Instant.parse("2026-12-05T09:00:00Z")), Language.ENGLISH);

		assertThat(toTom.body()).startsWith("Hello Tom Reed,").contains("Emergency First Aid at Work");
	}

	@Test
	void cancellationTellsTheRefundInTheBookingsCurrency() {
		BookingSnapshot haircut = SampleBookings.priced(SampleBookings.haircut(Instant.parse("2026-12-05T18:00:00Z")),
				1_250_000, "ARS");

		assertThat(messages
			.render("Lucía Fernández", MessageKind.CANCELLATION, haircut, Language.ARGENTINE_SPANISH, 625_000)
			.body()).contains("Reembolso: $ 6.250,00");
		assertThat(messages.render(MessageKind.CANCELLATION, haircut, Language.ENGLISH).body()).contains("Refund: -");
	}

	@Test
	void messagesSignWithTheBusinessLegalNameContactAndCancellationTerms() {
		BookingSnapshot signed = SampleBookings.ronAcknowledgment(Instant.parse("2026-12-05T21:00:00Z"))
			.soldBy(new Business("Houston Mobile Notary Pros", "Houston Mobile Notary Pros LLC",
					"help@houstonnotary.example", "+17135550100", "Cancel free up to 24 hours before."));

		assertThat(messages.render(MessageKind.CONFIRMATION, signed, Language.ENGLISH).body())
			.endsWith("\n\n--\nHouston Mobile Notary Pros LLC · help@houstonnotary.example · +17135550100\n"
					+ "Cancel free up to 24 hours before.");
		assertThat(messages
			.render(MessageKind.CONFIRMATION, SampleBookings.ronAcknowledgment(Instant.parse("2026-12-05T21:00:00Z")),
					Language.ENGLISH)
			.body()).endsWith("Booking reference: 5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
	}

	private static final String LONDON_TERMS = "Cancel free of charge up to 48 hours before the course; "
			+ "after that the deposit is kept.";

	private static final String LONDON_TERMS_ES = "Cancelá sin cargo hasta 48 horas antes del curso; "
			+ "después, la seña no se devuelve.";

	private static final String PALERMO_TERMS = "Podés cancelar o cambiar tu turno sin cargo hasta 2 horas antes.";

	private static final String PALERMO_TERMS_EN = "You can cancel or change your appointment free of charge up to "
			+ "2 hours before.";

	@Test
	void aSpanishSpeakingCustomerOfTheLondonBusinessReadsItsCancellationTermsInSpanish() {
		BookingSnapshot course = SampleBookings.firstAidCourse(Instant.parse("2026-12-05T09:00:00Z"))
			.soldBy(new Business("London First Aid Training", "London First Aid Training Ltd",
					"bookings@londonfirstaid.example", null, LONDON_TERMS, null,
					Map.of("en", LONDON_TERMS, "es-AR", LONDON_TERMS_ES)));

		for (MessageKind kind : new MessageKind[] { MessageKind.CONFIRMATION, MessageKind.CANCELLATION }) {
			assertThat(messages.render(kind, course, Language.ARGENTINE_SPANISH).body())
				.endsWith("\n" + LONDON_TERMS_ES)
				.doesNotContain(LONDON_TERMS);
			assertThat(messages.render(kind, course, Language.ENGLISH).body()).endsWith("\n" + LONDON_TERMS)
				.doesNotContain(LONDON_TERMS_ES);
		}
	}

	@Test
	void anEnglishSpeakingCustomerOfBarberiaPalermoReadsItsCancellationTermsInEnglish() {
		BookingSnapshot haircut = SampleBookings.haircut(Instant.parse("2026-12-05T13:00:00Z"))
			.soldBy(new Business("Barbería Palermo", "Barbería Palermo S.R.L.", "hola@barberiapalermo.example", null,
					PALERMO_TERMS, null, Map.of("es-AR", PALERMO_TERMS, "en", PALERMO_TERMS_EN)));

		assertThat(messages.render(MessageKind.CONFIRMATION, haircut, Language.ENGLISH).body())
			.endsWith("\n" + PALERMO_TERMS_EN)
			.doesNotContain(PALERMO_TERMS);
		assertThat(messages.render(MessageKind.CONFIRMATION, haircut, Language.ARGENTINE_SPANISH).body())
			.endsWith("\n" + PALERMO_TERMS);
	}

	@Test
	void aLanguageTheBusinessHasNoWordingForGetsTheTermsInTheBusinessLanguage() {
		BookingSnapshot haircut = SampleBookings.haircut(Instant.parse("2026-12-05T13:00:00Z"));
		Business spanishOnly = new Business("Barbería Palermo", "Barbería Palermo S.R.L.", null, null, PALERMO_TERMS,
				null, Map.of("es-AR", PALERMO_TERMS));
		Business profiledBeforeWordingsTravelled = new Business("Barbería Palermo", "Barbería Palermo S.R.L.", null,
				null, PALERMO_TERMS);

		assertThat(messages.render(MessageKind.CONFIRMATION, haircut.soldBy(spanishOnly), Language.ENGLISH).body())
			.endsWith("\n" + PALERMO_TERMS);
		assertThat(messages
			.render(MessageKind.CONFIRMATION, haircut.soldBy(profiledBeforeWordingsTravelled), Language.ENGLISH)
			.body()).endsWith("\n" + PALERMO_TERMS);
	}

	@Test
	void termsKeyedByALanguageServeEachOfItsRegions() {
		Business london = new Business("London First Aid Training", null, null, null, LONDON_TERMS, null,
				Map.of("en-GB", LONDON_TERMS, "es", LONDON_TERMS_ES));

		assertThat(london.cancellationWordingIn("es-AR")).contains(LONDON_TERMS_ES);
		assertThat(london.cancellationWordingIn("en")).contains(LONDON_TERMS);
		assertThat(london.cancellationWordingIn("fr")).contains(LONDON_TERMS);
	}

	@Test
	void courseWithoutAnAddressOfItsOwnTellsTheBusinessVenueInEveryLanguage() {
		Business palermo = new Business("Barbería Palermo", "Barbería Palermo SRL", null, null, null,
				"Av. Santa Fe 1234, C1425 Buenos Aires, CABA, Argentina");
		BookingSnapshot course = withoutAddress(SampleBookings.courseForThree(Instant.parse("2026-12-05T12:00:00Z")))
			.soldBy(palermo);

		assertThat(messages.render(MessageKind.CONFIRMATION, course, Language.ARGENTINE_SPANISH).body())
			.contains("(America/Argentina/Buenos_Aires).\nDirección: Av. Santa Fe 1234, C1425 Buenos Aires, "
					+ "CABA, Argentina\nPrecio:")
			.doesNotContain("Dirección: -");
		assertThat(messages.render(MessageKind.CONFIRMATION, course, Language.ENGLISH).body())
			.contains("\nAddress: Av. Santa Fe 1234, C1425 Buenos Aires, CABA, Argentina\nPrice:");
		assertThat(messages.render(MessageKind.REMINDER_2H, course, Language.ARGENTINE_SPANISH).text())
			.endsWith("Dirección: Av. Santa Fe 1234, C1425 Buenos Aires, CABA, Argentina");
	}

	@Test
	void bookingWithNoPlaceHasNoAddressLine() {
		Instant start = Instant.parse("2026-12-05T12:00:00Z");
		BookingSnapshot unprofiledCourse = withoutAddress(SampleBookings.courseForThree(start));
		BookingSnapshot remote = SampleBookings.ronAcknowledgment(start)
			.soldBy(new Business("Houston Mobile Notary Pros", null, null, null, null,
					"1200 Main St, Houston, TX 77002"));

		assertThat(messages.render(MessageKind.CONFIRMATION, unprofiledCourse, Language.ARGENTINE_SPANISH).body())
			.contains("(America/Argentina/Buenos_Aires).\nPrecio:")
			.doesNotContain("Dirección");
		assertThat(messages.render(MessageKind.REMINDER_24H, unprofiledCourse, Language.ENGLISH).body())
			.doesNotContain("Address");
		assertThat(messages.render(MessageKind.CONFIRMATION, remote, Language.ENGLISH).body()).doesNotContain("Address")
			.doesNotContain("1200 Main St");
		assertThat(messages.render(MessageKind.REMINDER_2H, remote, Language.ENGLISH).text())
			.isEqualTo("Your appointment with Hannah Moore is in 2 hours (6:00 AM).");
	}

	private static BookingSnapshot withoutAddress(BookingSnapshot b) {
		return new BookingSnapshot(b.bookingId(), b.version(), b.serviceName(), b.serviceType(), b.providerName(),
				b.providerEmail(), b.providerCalendarId(), b.providerZone(), b.start(), b.end(), Optional.empty(),
				b.customer(), b.attendees(), b.price());
	}

}
