package org.bookingfleet.integration.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.integration.message.Language;
import org.bookingfleet.integration.message.MessageCatalog;
import org.bookingfleet.integration.message.RenderedMessage;
import org.junit.jupiter.api.Test;

class OfferMessagesTest {

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	private final OfferMessages messages = new OfferMessages(MessageCatalog.fromClasspath(),
			"https://book.example.com/");

	private static WaitlistOffer offer() {
		Instant start = ZonedDateTime.of(LocalDateTime.parse("2026-12-05T15:00"), BUENOS_AIRES).toInstant();
		return new WaitlistOffer(UUID.randomUUID(), UUID.randomUUID(), "Corte de pelo", "Martín Gómez", BUENOS_AIRES,
				start, start.plusSeconds(1800), 1,
				ZonedDateTime.of(LocalDateTime.parse("2026-12-04T18:30"), BUENOS_AIRES).toInstant(), "Lucía Pérez",
				Optional.of("lucia@example.com"), Optional.of("+5491155550000"));
	}

	@Test
	void argentineSpanishOfferTellsTheSlotAndTheDeadlineAtTheLocalTime() {
		RenderedMessage offer = messages.render(offer(), Language.ARGENTINE_SPANISH);

		assertThat(offer.subject()).isEqualTo("Se liberó un lugar: Corte de pelo el sábado 5 de diciembre de 2026");
		assertThat(offer.body()).startsWith("Hola Lucía Pérez:")
			.contains("con Martín Gómez el sábado 5 de diciembre de 2026 a las 15:00 (America/Argentina/Buenos_Aires)")
			.contains("hasta el viernes 4 de diciembre de 2026 18:30");
	}

	@Test
	void englishOfferTellsTheSlotAndTheDeadlineAtTheLocalTime() {
		WaitlistOffer offer = offer();
		RenderedMessage english = messages.render(offer, Language.ENGLISH);

		assertThat(english.text()).isEqualTo("A spot opened up: Corte de pelo with Martín Gómez on Saturday, "
				+ "December 5, 2026 at 3:00 PM. Held for you until Friday, December 4, 2026 6:30 PM. Book it: "
				+ messages.link(offer));
	}

	@Test
	void offerWithoutAKnownLanguageIsToldInEnglishThenArgentineSpanish() {
		RenderedMessage offer = messages.renderInEveryLanguage(offer());

		assertThat(offer.subject()).startsWith("A spot opened up").contains(" / Se liberó un lugar");
		assertThat(offer.body()).startsWith("Hello Lucía Pérez,")
			.contains(OfferMessages.SEPARATOR + "Hola Lucía Pérez:");
		assertThat(offer.text().lines()).hasSize(2);
	}

	@Test
	void offerLinksToTheBookingPageWithTheOfferInEveryLanguage() {
		WaitlistOffer offer = offer();
		String link = "https://book.example.com/?offer=" + offer.offerId();

		assertThat(messages.link(offer)).isEqualTo(link);
		assertThat(messages.render(offer, Language.ARGENTINE_SPANISH).body()).contains("Reservalo acá: " + link);
		assertThat(messages.render(offer, Language.ENGLISH).body()).contains("Book it here: " + link);
	}

	@Test
	void offerInTheCustomersLanguageIsToldInThatLanguageOnly() {
		WaitlistOffer spanish = new WaitlistOffer(UUID.randomUUID(), UUID.randomUUID(), "Corte de pelo", "Martín Gómez",
				BUENOS_AIRES, offer().start(), offer().end(), 1, offer().expiresAt(), "Lucía Pérez", Optional.empty(),
				Optional.of("+5491155550000"), Optional.of(Language.ARGENTINE_SPANISH), Set.of());

		RenderedMessage told = messages.renderForCustomer(spanish);

		assertThat(told.text()).startsWith("Se liberó un lugar").doesNotContain("A spot opened up");
		assertThat(messages.renderForCustomer(offer()).text()).contains("A spot opened up").contains("Se liberó");
	}

	@Test
	void takenSlotIsToldInTheOffersLanguageWithoutALinkAndKeepsThePlaceInLine() {
		WaitlistOffer spanish = new WaitlistOffer(UUID.randomUUID(), UUID.randomUUID(), "Corte de pelo", "Martín Gómez",
				BUENOS_AIRES, offer().start(), offer().end(), 1, offer().expiresAt(), "Lucía Pérez", Optional.empty(),
				Optional.of("+5491155550000"), Optional.of(Language.ARGENTINE_SPANISH), Set.of());

		RenderedMessage taken = messages.renderTakenForCustomer(spanish);

		assertThat(taken.subject())
			.isEqualTo("El lugar para Corte de pelo del sábado 5 de diciembre de 2026 ya fue tomado");
		assertThat(taken.body()).startsWith("Hola Lucía Pérez:")
			.contains("con Martín Gómez el sábado 5 de diciembre de 2026 a las 15:00 (America/Argentina/Buenos_Aires)")
			.contains("un momento antes")
			.contains("Conservás tu lugar en la lista")
			.doesNotContain("?offer=");
		assertThat(taken.text()).contains("a las 15:00")
			.contains("Conservás tu lugar en la lista")
			.doesNotContain("Sorry");
		assertThat(messages.renderTaken(offer(), Language.ENGLISH).text()).isEqualTo("Sorry: the spot for Corte de "
				+ "pelo on Saturday, December 5, 2026 at 3:00 PM we offered you was taken a moment earlier. You keep your "
				+ "place in line.");
	}

	@Test
	void takenSlotOfAnOfferWithoutALanguageIsToldInEnglishThenArgentineSpanish() {
		RenderedMessage taken = messages.renderTakenForCustomer(offer());

		assertThat(taken.subject()).startsWith("The spot for Corte de pelo").contains(" / El lugar para Corte de pelo");
		assertThat(taken.body()).startsWith("Hello Lucía Pérez,")
			.contains(OfferMessages.SEPARATOR + "Hola Lucía Pérez:");
		assertThat(taken.text().lines()).hasSize(2);
	}

	@Test
	void offerOfTwoCourseSeatsSaysHowMany() {
		WaitlistOffer one = offer();
		WaitlistOffer two = new WaitlistOffer(one.offerId(), one.entryId(), "First Aid at Work", one.providerName(),
				one.zone(), one.start(), one.end(), 2, one.expiresAt(), one.customerName(), one.customerEmail(),
				one.customerPhone());

		assertThat(messages.render(two, Language.ENGLISH).subject()).startsWith("2 spots opened up: First Aid at Work");
		assertThat(messages.render(two, Language.ENGLISH).body()).contains("2 spots for First Aid at Work");
		assertThat(messages.render(two, Language.ARGENTINE_SPANISH).text())
			.startsWith("Se liberaron 2 lugares: First Aid at Work");
	}

}
