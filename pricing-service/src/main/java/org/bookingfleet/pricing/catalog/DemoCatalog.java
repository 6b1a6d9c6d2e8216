package org.bookingfleet.pricing.catalog;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoDiscount;

/**
 * The catalogs of the four demo businesses: a Texas mobile notary with remote online
 * notarization, a barber shop in Buenos Aires, a first-aid training company in London and
 * a marketplace of hourly professionals in Denver.
 */
public final class DemoCatalog {

	public static final Business HOUSTON_NOTARY = new Business("houston-mobile-notary", "Houston Mobile Notary Pros",
			"Houston Mobile Notary Pros LLC",
			new BusinessAddress(List.of("1200 Smith Street, Suite 1600"), "Houston", "TX", "77002", "US"),
			new TaxId("Texas sales tax permit", "32071234567"),
			Optional.of("https://houstonmobilenotary.example/logo.png"), ZoneId.of("America/Chicago"),
			Currency.getInstance("USD"), Locale.US, "office@houstonmobilenotary.example", "+17135550142",
			"Cancel or reschedule free of charge up to 24 hours before your appointment; later, the policy's fee applies.",
			"HMNP",
			Map.of("en",
					"Cancel or reschedule free of charge up to 24 hours before your appointment; later, the policy's fee applies.",
					"es-AR",
					"Cancelá o reprogramá sin cargo hasta 24 horas antes de tu cita; después, se cobra el cargo de la política."),
			2);

	public static final Business PALERMO_BARBERS = new Business("barberia-palermo", "Barbería Palermo",
			"Barbería Palermo S.R.L.",
			new BusinessAddress(List.of("Gorriti 4876"), "Ciudad Autónoma de Buenos Aires", "CABA", "C1414BJL", "AR"),
			new TaxId("CUIT", "30-71234567-1"), Optional.of("https://barberiapalermo.example/logo.png"),
			ZoneId.of("America/Argentina/Buenos_Aires"), Currency.getInstance("ARS"), Locale.forLanguageTag("es-AR"),
			"hola@barberiapalermo.example", "+541145550123",
			"Podés cancelar o cambiar tu turno sin cargo hasta 2 horas antes.", "BPAL",
			Map.of("es-AR", "Podés cancelar o cambiar tu turno sin cargo hasta 2 horas antes.", "en",
					"You can cancel or change your appointment free of charge up to 2 hours before."),
			2);

	public static final Business LONDON_FIRST_AID = new Business("london-first-aid", "London First Aid Training",
			"London First Aid Training Ltd",
			new BusinessAddress(List.of("27 Old Gloucester Street"), "London", null, "WC1N 3AX", "GB"),
			new TaxId("VAT number", "GB 284 7361 31"), Optional.of("https://londonfirstaid.example/logo.png"),
			ZoneId.of("Europe/London"), Currency.getInstance("GBP"), Locale.UK, "bookings@londonfirstaid.example",
			"+442079460123", "Cancel free of charge up to 48 hours before the course; after that the deposit is kept.",
			"LFAT",
			Map.of("en", "Cancel free of charge up to 48 hours before the course; after that the deposit is kept.",
					"es-AR", "Cancelá sin cargo hasta 48 horas antes del curso; después, la seña no se devuelve."),
			2);

	public static final Business DENVER_PROS = new Business("denver-pros", "Denver Pros Marketplace",
			"Denver Pros Marketplace Inc.",
			new BusinessAddress(List.of("1600 Glenarm Place, Floor 4"), "Denver", "CO", "80202", "US"),
			new TaxId("Colorado sales tax account", "12345678-0001"),
			Optional.of("https://denverpros.example/logo.png"), ZoneId.of("America/Denver"),
			Currency.getInstance("USD"), Locale.US, "help@denverpros.example", "+13035550199",
			"Cancel or reschedule free of charge up to 12 hours before the visit.", "DPM",
			Map.of("en", "Cancel or reschedule free of charge up to 12 hours before the visit.", "es-AR",
					"Cancelá o reprogramá sin cargo hasta 12 horas antes de la visita."),
			2);

	public static final Coordinates HOUSTON_CENTRE = new Coordinates(29.7604, -95.3698);

	public static final Coordinates DENVER_CENTRE = new Coordinates(39.7392, -104.9903);

	private static final Instant PROMOS_FROM = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant PROMOS_UNTIL = Instant.parse("2027-07-01T00:00:00Z");

	private DemoCatalog() {
	}

	public static List<Business> businesses() {
		return List.of(HOUSTON_NOTARY, PALERMO_BARBERS, LONDON_FIRST_AID, DENVER_PROS);
	}

	public static List<TaxJurisdiction> taxJurisdictions() {
		return List.of(TaxJurisdiction.onAllCharges("US-TX", "Texas sales tax", "8.25", 1),
				TaxJurisdiction.onAllCharges("AR-IVA", "IVA", "21", 1),
				TaxJurisdiction.onAllCharges("GB-VAT", "VAT", "20", 1),
				TaxJurisdiction.untaxed("US-CO-SERVICES", "Colorado, services untaxed", 1));
	}

	public static List<ServiceDefinition> services() {
		return List.of(notaryMobile("hmnp-standard-notary", "Standard Notary",
				"A notary comes to you on weekdays 9am-5pm; evenings from 7am to 9pm carry the after-hours fee.", 60, 2,
				5, 7_500, DepositRule.none(), 15, 40,
				ServiceHours.withAfterHours(DailyWindow.of("09:00", "17:00"), DailyWindow.of("07:00", "21:00")),
				Duration.ofHours(1)),
				notaryMobile("hmnp-extended-hours", "Extended Hours Notary",
						"A mobile notary from 7am to 9pm without an after-hours fee.", 60, 4, 10, 10_000,
						DepositRule.none(), 20, 40, ServiceHours.regular(DailyWindow.of("07:00", "21:00")),
						Duration.ofHours(1)),
				notaryMobile("hmnp-loan-signing", "Loan Signing",
						"A loan signing agent by appointment, from 6am to 10pm.", 90, 4, 150, 15_000,
						new DepositRule.FixedAmount(Money.of(5_000, "USD")), 25, 50,
						ServiceHours.withAfterHours(DailyWindow.of("08:00", "20:00"), DailyWindow.of("06:00", "22:00")),
						Duration.ofHours(4)),
				notaryRemote("hmnp-ron-acknowledgment", "RON Acknowledgment"),
				notaryRemote("hmnp-ron-oath", "RON Oath/Affirmation"),
				barber("barber-corte", "Corte de pelo", 30, 1_500_000, DepositRule.none()),
				barber("barber-corte-barba", "Corte y barba", 45, 2_200_000,
						new DepositRule.PercentOfTotal(Percentage.of("20"))),
				barber("barber-afeitado", "Afeitado clásico", 30, 1_000_000, DepositRule.none()),
				firstAidCourse("fa-emergency-first-aid-at-work", "Emergency First Aid at Work", 6, 8_750),
				firstAidCourse("fa-paediatric-first-aid", "Emergency Paediatric First Aid", 6, 9_500),
				firstAidCourse("fa-first-aid-at-work-requalification", "First Aid at Work Requalification", 12, 17_500),
				hourlyPro("pro-home-organizer", "Home Organizer", 8_000, 480, 10, 30, 75),
				hourlyPro("pro-handyman", "Handyman", 6_500, 480, 10, 30, 75),
				hourlyPro("pro-personal-trainer", "Personal Trainer", 6_000, 120, 8, 20, 100));
	}

	public static List<PromoCode> promoCodes() {
		return List.of(
				new PromoCode("WELCOME10", new PromoDiscount.PercentOff(Percentage.of("10")), PROMOS_FROM, PROMOS_UNTIL,
						Optional.of(Money.of(5_000, "USD")),
						Set.of("hmnp-standard-notary", "hmnp-extended-hours", "hmnp-loan-signing"),
						OptionalLong.of(100), OptionalLong.of(1), 1),
				new PromoCode("RON5", new PromoDiscount.AmountOff(Money.of(500, "USD")), PROMOS_FROM, PROMOS_UNTIL,
						Optional.empty(), Set.of("hmnp-ron-acknowledgment", "hmnp-ron-oath"), OptionalLong.of(500),
						OptionalLong.of(3), 1),
				new PromoCode("BARBA2000", new PromoDiscount.AmountOff(Money.of(200_000, "ARS")), PROMOS_FROM,
						PROMOS_UNTIL, Optional.empty(), Set.of("barber-corte-barba"), OptionalLong.of(50),
						OptionalLong.of(1), 1),
				new PromoCode("TEAM15", new PromoDiscount.PercentOff(Percentage.of("15")), PROMOS_FROM, PROMOS_UNTIL,
						Optional.of(Money.of(40_000, "GBP")), Set.of(), OptionalLong.empty(), OptionalLong.of(2), 1));
	}

	public static Optional<Business> business(String id) {
		return businesses().stream().filter(business -> business.id().equals(id)).findFirst();
	}

	public static Optional<ServiceDefinition> service(String id) {
		return services().stream().filter(service -> service.id().equals(id)).findFirst();
	}

	public static Optional<TaxJurisdiction> taxJurisdiction(String code) {
		return taxJurisdictions().stream().filter(jurisdiction -> jurisdiction.code().equals(code)).findFirst();
	}

	public static Optional<PromoCode> promoCode(String enteredCode) {
		String code = PromoCode.normalise(enteredCode);
		return promoCodes().stream().filter(promo -> promo.code().equals(code)).findFirst();
	}

	private static ServiceDefinition notaryMobile(String id, String name, String description, int minutes,
			int maxSigners, int maxDocuments, long priceCents, DepositRule deposit, int standardMiles,
			int extendedMiles, ServiceHours hours, Duration minimumNotice) {
		Surcharges surcharges = new Surcharges(Money.of(4_000, "USD"), Money.of(3_000, "USD"), Money.of(5_000, "USD"),
				Duration.ofHours(4));
		return new ServiceDefinition(id, HOUSTON_NOTARY.id(), name, description, ServiceType.MOBILE,
				Duration.ofMinutes(minutes), 1, maxSigners, maxDocuments,
				new PriceModel.Fixed(Money.of(priceCents, "USD")), deposit,
				Optional.of(new ServiceArea(HOUSTON_CENTRE, standardMiles, extendedMiles, 50)), hours,
				HOUSTON_NOTARY.timeZone(), HOUSTON_NOTARY.currency(), "US-TX", surcharges, Buffers.ofMinutes(30, 30),
				minimumNotice, 1, true);
	}

	private static ServiceDefinition notaryRemote(String id, String name) {
		return new ServiceDefinition(id, HOUSTON_NOTARY.id(), name,
				"Remote online notarization by video, round the clock, Texas-compliant.", ServiceType.RON,
				Duration.ofMinutes(30), 1, 2, 3, new PriceModel.Fixed(Money.of(3_500, "USD")), DepositRule.none(),
				Optional.empty(), ServiceHours.allDay(), HOUSTON_NOTARY.timeZone(), HOUSTON_NOTARY.currency(), "US-TX",
				Surcharges.none(HOUSTON_NOTARY.currency()), Buffers.ofMinutes(0, 10), Duration.ofMinutes(15), 1, true);
	}

	private static ServiceDefinition barber(String id, String name, int minutes, long priceCentavos,
			DepositRule deposit) {
		return new ServiceDefinition(id, PALERMO_BARBERS.id(), name, "", ServiceType.IN_STORE,
				Duration.ofMinutes(minutes), 1, 0, 0, new PriceModel.Fixed(Money.of(priceCentavos, "ARS")), deposit,
				Optional.empty(), ServiceHours.regular(DailyWindow.of("10:00", "20:00")), PALERMO_BARBERS.timeZone(),
				PALERMO_BARBERS.currency(), "AR-IVA", Surcharges.none(PALERMO_BARBERS.currency()),
				Buffers.ofMinutes(0, 10), Duration.ofMinutes(30), 1, true);
	}

	private static ServiceDefinition firstAidCourse(String id, String name, int hours, long pencePerAttendee) {
		return new ServiceDefinition(id, LONDON_FIRST_AID.id(), name, "A classroom course, priced per attendee.",
				ServiceType.COURSE, Duration.ofHours(hours), 12, 0, 0,
				new PriceModel.PerAttendee(Money.of(pencePerAttendee, "GBP"), 1, 12),
				new DepositRule.PercentOfTotal(Percentage.of("20")), Optional.empty(),
				ServiceHours.regular(DailyWindow.of("08:00", "14:00")), LONDON_FIRST_AID.timeZone(),
				LONDON_FIRST_AID.currency(), "GB-VAT", Surcharges.none(LONDON_FIRST_AID.currency()),
				Buffers.ofMinutes(30, 30), Duration.ofHours(48), 1, true);
	}

	private static ServiceDefinition hourlyPro(String id, String name, long ratePerHourCents, int maximumMinutes,
			int standardMiles, int extendedMiles, long centsPerMile) {
		return new ServiceDefinition(id, DENVER_PROS.id(), name, "Booked by the hour; the professional travels to you.",
				ServiceType.HOURLY, Duration.ofMinutes(60), 1, 0, 0,
				new PriceModel.Hourly(Money.of(ratePerHourCents, "USD"), Duration.ofMinutes(60),
						Duration.ofMinutes(maximumMinutes), Duration.ofMinutes(30)),
				new DepositRule.PercentOfTotal(Percentage.of("25")),
				Optional.of(new ServiceArea(DENVER_CENTRE, standardMiles, extendedMiles, centsPerMile)),
				ServiceHours.regular(DailyWindow.of("07:00", "20:00")), DENVER_PROS.timeZone(), DENVER_PROS.currency(),
				"US-CO-SERVICES", Surcharges.none(DENVER_PROS.currency()), Buffers.ofMinutes(15, 15),
				Duration.ofHours(12), 1, true);
	}

}
