package org.bookingfleet.sandbox.partners.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox over HTTP and SMTP, called the way the integration service calls its
 * partners.
 */
class PartnerSandboxTest {

	private PartnerSandbox sandbox;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void start() throws IOException {
		sandbox = PartnerSandbox.start(0, 0);
	}

	@AfterEach
	void stop() {
		sandbox.close();
	}

	@Test
	void calendarEventPostedIsReadBack() throws Exception {
		HttpResponse<String> created = send("POST", "/calendar/v3/calendars/primary/events", """
				{"id":"bk0123abcd","summary":"Haircut - Ana Diaz","start":{"dateTime":"2026-12-01T10:00:00-03:00"}}""");

		assertThat(created.statusCode()).isEqualTo(200);
		JsonArray events = list("/sandbox/calendar/events");
		assertThat(events).hasSize(1);
		JsonObject event = events.get(0).getAsJsonObject();
		assertThat(event.get("id").getAsString()).isEqualTo("bk0123abcd");
		assertThat(event.get("calendarId").getAsString()).isEqualTo("primary");
		assertThat(event.get("summary").getAsString()).isEqualTo("Haircut - Ana Diaz");
		assertThat(event.get("status").getAsString()).isEqualTo("confirmed");
	}

	@Test
	void secondInsertOfTheSameEventIdIsAConflict() throws Exception {
		String event = "{\"id\":\"bk77\",\"summary\":\"first\"}";
		send("POST", "/calendar/v3/calendars/primary/events", event);

		assertThat(send("POST", "/calendar/v3/calendars/primary/events", event).statusCode()).isEqualTo(409);
		assertThat(list("/sandbox/calendar/events")).hasSize(1);
	}

	@Test
	void updateOfAMissingEventIsNotFoundAndDeleteCancelsOnce() throws Exception {
		assertThat(send("PUT", "/calendar/v3/calendars/primary/events/bk9", "{\"summary\":\"moved\"}").statusCode())
			.isEqualTo(404);
		send("POST", "/calendar/v3/calendars/primary/events", "{\"id\":\"bk9\",\"summary\":\"first\"}");
		assertThat(send("PUT", "/calendar/v3/calendars/primary/events/bk9", "{\"summary\":\"moved\"}").statusCode())
			.isEqualTo(200);

		assertThat(send("DELETE", "/calendar/v3/calendars/primary/events/bk9", null).statusCode()).isEqualTo(204);
		assertThat(send("DELETE", "/calendar/v3/calendars/primary/events/bk9", null).statusCode()).isEqualTo(410);
		JsonObject event = list("/sandbox/calendar/events").get(0).getAsJsonObject();
		assertThat(event.get("summary").getAsString()).isEqualTo("moved");
		assertThat(event.get("status").getAsString()).isEqualTo("cancelled");
	}

	@Test
	void contactUpsertKeepsOneContactPerEmailAndTagsNeedAKnownContact() throws Exception {
		String first = JsonParser
			.parseString(
					send("POST", "/ghl/contacts/upsert", "{\"email\":\"ana@example.com\",\"name\":\"Ana\"}").body())
			.getAsJsonObject()
			.getAsJsonObject("contact")
			.get("id")
			.getAsString();
		String second = JsonParser
			.parseString(send("POST", "/ghl/contacts/upsert", "{\"email\":\"ANA@example.com\",\"name\":\"Ana Diaz\"}")
				.body())
			.getAsJsonObject()
			.getAsJsonObject("contact")
			.get("id")
			.getAsString();

		assertThat(second).isEqualTo(first);
		assertThat(list("/sandbox/ghl/contacts")).hasSize(1);
		assertThat(send("POST", "/ghl/contacts/" + first + "/tags", "{\"tags\":[\"booked\"]}").statusCode())
			.isEqualTo(200);
		assertThat(send("POST", "/ghl/contacts/nobody/tags", "{\"tags\":[\"booked\"]}").statusCode()).isEqualTo(404);
		assertThat(send("POST", "/ghl/contacts/" + first + "/workflow/booking-confirmed", "{}").statusCode())
			.isEqualTo(200);
		JsonArray actions = list("/sandbox/ghl/actions");
		assertThat(actions).hasSize(2);
		assertThat(actions.get(1).getAsJsonObject().get("workflowId").getAsString()).isEqualTo("booking-confirmed");
	}

	@Test
	void proofTransactionAnswersAnIdAndASigningLink() throws Exception {
		HttpResponse<String> created = send("POST", "/proof/v1/transactions",
				"{\"external_id\":\"b-1\",\"signer\":{\"email\":\"ana@example.com\"}}");

		JsonObject transaction = JsonParser.parseString(created.body()).getAsJsonObject();
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(transaction.get("signing_link").getAsString()).contains(transaction.get("id").getAsString());
		assertThat(list("/sandbox/proof/transactions").get(0).getAsJsonObject().get("external_id").getAsString())
			.isEqualTo("b-1");
	}

	@Test
	void aRecalledProofTransactionIsKeptAsRecalledAndAnUnknownOneIs404() throws Exception {
		HttpResponse<String> created = send("POST", "/proof/v1/transactions", "{\"external_id\":\"b-9\"}");
		String id = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsString();

		HttpResponse<String> recalled = send("POST",
				"/proof/v1/transactions/" + id + "/recall?reason=booking+cancelled", "");

		assertThat(recalled.statusCode()).isEqualTo(200);
		JsonObject kept = list("/sandbox/proof/transactions").get(0).getAsJsonObject();
		assertThat(kept.get("status").getAsString()).isEqualTo("recalled");
		assertThat(kept.get("recall_reason").getAsString()).isEqualTo("booking cancelled");
		assertThat(send("POST", "/proof/v1/transactions/ot_unknown/recall", "").statusCode()).isEqualTo(404);
	}

	@Test
	void smsAndWhatsAppMessagesAreKeptWithTheirChannel() throws Exception {
		form("/twilio/2010-04-01/Accounts/AClocal/Messages.json", "To=%2B5491155550000&From=%2B15550000000&Body=Hola");
		HttpResponse<String> whatsapp = form("/twilio/2010-04-01/Accounts/AClocal/Messages.json",
				"To=whatsapp%3A%2B5491155550000&From=whatsapp%3A%2B15550000001&Body=Hola+por+WhatsApp");

		assertThat(JsonParser.parseString(whatsapp.body()).getAsJsonObject().get("sid").getAsString()).startsWith("SM");
		JsonArray messages = list("/sandbox/messages");
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0).getAsJsonObject().get("channel").getAsString()).isEqualTo("SMS");
		assertThat(messages.get(0).getAsJsonObject().get("to").getAsString()).isEqualTo("+5491155550000");
		assertThat(messages.get(1).getAsJsonObject().get("channel").getAsString()).isEqualTo("WHATSAPP");
		assertThat(messages.get(1).getAsJsonObject().get("body").getAsString()).isEqualTo("Hola por WhatsApp");
	}

	@Test
	void aPartnerCallWithoutCredentialsIsRefusedAndKeepsNothing() throws Exception {
		HttpResponse<String> refused = http.send(HttpRequest.newBuilder(url("/proof/v1/transactions"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(list("/sandbox/proof/transactions")).isEmpty();
	}

	@Test
	void emailSentOverSmtpIsReadBackWithItsAttachmentNames() throws Exception {
		sendEmail();

		JsonArray emails = list("/sandbox/emails");
		assertThat(emails).hasSize(1);
		JsonObject email = emails.get(0).getAsJsonObject();
		assertThat(email.get("from").getAsString()).isEqualTo("bookings@bookingfleet.local");
		assertThat(email.getAsJsonArray("to").get(0).getAsString()).isEqualTo("ana@example.com");
		assertThat(email.get("subject").getAsString()).isEqualTo("Tu reserva está confirmada");
		assertThat(email.get("text").getAsString()).contains("Te esperamos");
		assertThat(email.getAsJsonArray("attachments").get(0).getAsString()).isEqualTo("invite.ics");
	}

	@Test
	void eachAttachmentIsServedAsSentWithItsContentTypeFromTheLinkTheListingGives() throws Exception {
		byte[] pdf = "%PDF-1.4 \u00e9\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		sendEmail(
				new Attached("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST",
						"BEGIN:VCALENDAR\r\nSUMMARY:Corte de pelo\r\nEND:VCALENDAR\r\n"
							.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				new Attached("confirmación final.pdf", "application/pdf", pdf));

		JsonObject email = list("/sandbox/emails").get(0).getAsJsonObject();
		JsonArray files = email.getAsJsonArray("attachmentFiles");
		assertThat(files).hasSize(2);
		JsonObject invite = files.get(0).getAsJsonObject();
		assertThat(invite.get("name").getAsString()).isEqualTo("invite.ics");
		assertThat(invite.get("contentType").getAsString()).isEqualTo("text/calendar; charset=UTF-8; method=REQUEST");
		assertThat(invite.get("href").getAsString())
			.isEqualTo("/sandbox/emails/" + email.get("id").getAsString() + "/attachments/invite.ics");
		HttpResponse<byte[]> calendar = bytes(invite.get("href").getAsString());
		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.headers().firstValue("Content-Type"))
			.hasValue("text/calendar; charset=UTF-8; method=REQUEST");
		assertThat(new String(calendar.body(), java.nio.charset.StandardCharsets.UTF_8))
			.contains("SUMMARY:Corte de pelo");

		JsonObject document = files.get(1).getAsJsonObject();
		assertThat(document.get("name").getAsString()).isEqualTo("confirmación final.pdf");
		assertThat(document.get("size").getAsLong()).isEqualTo(pdf.length);
		HttpResponse<byte[]> served = bytes(document.get("href").getAsString());
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(served.body()).isEqualTo(pdf);
	}

	@Test
	void anUnknownEmailOrAttachmentIsANotFoundEnvelope() throws Exception {
		sendEmail();
		String id = list("/sandbox/emails").get(0).getAsJsonObject().get("id").getAsString();

		HttpResponse<String> noFile = http.send(
				HttpRequest.newBuilder(url("/sandbox/emails/" + id + "/attachments/invoice.pdf")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> noEmail = http
			.send(HttpRequest.newBuilder(url("/sandbox/emails/0123456789abcdef" + "/attachments/invite.ics"))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(noFile.statusCode()).isEqualTo(404);
		assertThat(JsonParser.parseString(noFile.body())
			.getAsJsonObject()
			.getAsJsonObject("error")
			.get("message")
			.getAsString()).contains(id).contains("invoice.pdf");
		assertThat(noEmail.statusCode()).isEqualTo(404);
		assertThat(JsonParser.parseString(noEmail.body())
			.getAsJsonObject()
			.getAsJsonObject("error")
			.get("message")
			.getAsString()).contains("no email 0123456789abcdef");
	}

	@Test
	void anAttachmentOverTheLimitIsListedWithItsSizeButItsBytesAreNotKept() throws Exception {
		byte[] large = new byte[org.bookingfleet.sandbox.partners.mail.MailParts.MAX_ATTACHMENT_BYTES + 1];
		sendEmail(new Attached("scan.bin", "application/octet-stream", large));

		JsonObject email = list("/sandbox/emails").get(0).getAsJsonObject();
		JsonObject file = email.getAsJsonArray("attachmentFiles").get(0).getAsJsonObject();
		assertThat(file.get("size").getAsLong()).isEqualTo(large.length);
		assertThat(file.get("kept").getAsBoolean()).isFalse();
		assertThat(file.get("href").isJsonNull()).isTrue();
		assertThat(bytes("/sandbox/emails/" + email.get("id").getAsString() + "/attachments/scan.bin").statusCode())
			.isEqualTo(404);
	}

	@Test
	void forgettingClearsWhatWasReceived() throws Exception {
		send("POST", "/proof/v1/transactions", "{\"external_id\":\"b-2\"}");
		sendEmail();

		assertThat(send("DELETE", "/sandbox", null).statusCode()).isEqualTo(204);
		assertThat(list("/sandbox/proof/transactions")).isEmpty();
		assertThat(list("/sandbox/emails")).isEmpty();
	}

	private record Attached(String name, String contentType, byte[] content) {
	}

	private void sendEmail() throws MessagingException, IOException {
		sendEmail(new Attached("invite.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes()));
	}

	private void sendEmail(Attached... files) throws MessagingException, IOException {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "localhost");
		properties.put("mail.smtp.port", String.valueOf(sandbox.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(properties));
		message.setFrom(new InternetAddress("bookings@bookingfleet.local"));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("ana@example.com"));
		message.setSubject("Tu reserva está confirmada", "UTF-8");
		MimeBodyPart text = new MimeBodyPart();
		text.setText("Te esperamos el martes.", "UTF-8");
		MimeMultipart parts = new MimeMultipart(text);
		for (Attached file : files) {
			MimeBodyPart part = new MimeBodyPart();
			part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
			part.setFileName(file.name());
			parts.addBodyPart(part);
		}
		message.setContent(parts);
		Transport.send(message);
	}

	private HttpResponse<byte[]> bytes(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json);
		return http.send(HttpRequest.newBuilder(url(path))
			.method(method, body)
			.header("Authorization", "Bearer local-token")
			.header("Content-Type", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> form(String path, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(url(path))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.header("Authorization", "Basic QUNsb2NhbDp0b2tlbg==")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonArray list(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonParser.parseString(response.body()).getAsJsonArray();
	}

	private URI url(String path) {
		return sandbox.baseUrl().resolve(path);
	}

}
