package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.IntegrationJobs;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.FleetExtension;
import org.bookingfleet.fleettests.fleet.PartnerSandbox;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetDatabases;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@WithFleet
class PaidBookingIntegrationTest {

	@Test
	void aGuestPaysTheirOwnBookingByCardAndReadsItsInvoice() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Instant start = Storefront.firstSlot(RON, provider, RON_ZONE, 3);
		Booked booked = Storefront.bookSlot(RON, provider, start, 1, Storefront.newEmail("payer"));
		JsonNode awaiting = Storefront.awaitStatus(booked.id(), booked.guest(), "AWAITING_PAYMENT");
		long due = awaiting.path("amountDueCents").asLong();
		assertThat(due).isEqualTo(awaiting.path("pricing").path("finalPriceCents").asLong()).isPositive();

		JsonNode payment = Storefront.payWithCard(booked.id(), booked.guest(), Storefront.SUCCEEDING_CARD);
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(payment.path("capturedCents").asLong()).isEqualTo(due);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		Answer invoice = Gateway.get("/api/v2/invoices/" + invoiceNumberOf(booked.id()), booked.guest());
		assertThat(invoice.status()).as(invoice.toString()).isEqualTo(200);
		assertThat(invoice.json().path("totalCents").asLong()).isEqualTo(due);
		FleetInvariants.hold();
	}

	/**
	 * Paid by card through an admin (a payment taken by phone), so the rest shows whoever
	 * may pay.
	 */
	@Test
	void aPaidBookingIsConfirmedWithItsInvoiceCalendarEventAndConfirmationEmail() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Instant start = Storefront.firstSlot(RON, provider, RON_ZONE, 3);
		String email = Storefront.newEmail("confirmed");

		Booked booked = Storefront.bookSlot(RON, provider, start, 1, email);
		JsonNode awaiting = Storefront.awaitStatus(booked.id(), booked.guest(), "AWAITING_PAYMENT");
		long due = awaiting.path("amountDueCents").asLong();
		assertThat(Storefront.slots(RON, provider, start, start.plus(1, ChronoUnit.HOURS)))
			.as("the booked slot is no longer offered")
			.noneMatch(slot -> slot.path("start").asString().equals(start.toString()));

		JsonNode payment = Storefront.payWithCard(booked.id(), Tokens.admin(), Storefront.SUCCEEDING_CARD);
		assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(payment.path("capturedCents").asLong()).isEqualTo(due);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");

		String number = invoiceNumberOf(booked.id());
		// the remote notarization is the Houston business's: its own series, within its
		// prefix
		assertThat(number).matches("HMNP-INV-\\d{4}-\\d{5}");
		Answer invoice = Gateway.get("/api/v2/invoices/" + number, Tokens.admin());
		assertThat(invoice.status()).as(invoice.toString()).isEqualTo(200);
		assertThat(invoice.json().path("totalCents").asLong()).isEqualTo(due);
		assertThat(invoice.json().path("bookingId").asString()).isEqualTo(booked.id());
		Answer pdf = Gateway.get("/api/v2/invoices/" + number + ".pdf", Tokens.admin());
		assertThat(pdf.status()).as(pdf.request()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));

		await("the provider's calendar event").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(FleetExtension.fleet().partners().calls()).anySatisfy(call -> {
				assertThat(call.method()).isIn("POST", "PUT");
				assertThat(call.path()).startsWith("/calendar/v3/calendars/");
				assertThat(call.body()).contains(booked.id());
			}));
		MailBox.Mail confirmation = MailBox.awaitOne(email, "is confirmed", Duration.ofSeconds(60));
		assertThat(confirmation.raw()).as("the confirmation carries the .ics").contains("text/calendar");
		await("every integration job of the booking done").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> IntegrationJobs.assertAllDone(booked.id()));
		FleetInvariants.hold();
	}

	/**
	 * No answer of the API names a booking's invoice: the number is read where the
	 * payment service keeps it.
	 */
	static String invoiceNumberOf(String bookingId) {
		AtomicReference<String> number = new AtomicReference<>();
		await("the invoice of " + bookingId).atMost(Duration.ofSeconds(30)).until(() -> {
			List<List<String>> rows = FleetDatabases.rows("payment",
					"select number from invoice where booking_id = ?::uuid and kind = 'INVOICE'", bookingId);
			rows.stream().findFirst().ifPresent(row -> number.set(row.get(0)));
			return number.get() != null;
		});
		return number.get();
	}

	static PartnerSandbox partners() {
		return FleetExtension.fleet().partners();
	}

}
