package org.bookingfleet.sandbox.partners.server;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bookingfleet.sandbox.partners.mail.CapturedEmails;
import org.bookingfleet.sandbox.partners.mail.MailParts;
import org.bookingfleet.sandbox.partners.record.PartnerRecords;

/**
 * What the partners received, as JSON lists for people and tests, and each email's
 * attached files as they were sent ({@code /sandbox/emails/{id}/attachments/{name}});
 * {@code DELETE /sandbox} forgets it all.
 */
final class SandboxView implements HttpHandler {

	private static final Pattern ATTACHMENT = Pattern.compile("/sandbox/emails/([^/]+)/attachments/([^/]+)");

	private final PartnerRecords records;

	private final CapturedEmails emails;

	private final Map<String, Supplier<Object>> lists;

	SandboxView(PartnerRecords records, CapturedEmails emails) {
		this.records = records;
		this.emails = emails;
		this.lists = Map.of("/sandbox/ghl/contacts", records::contacts, "/sandbox/ghl/actions", records::crmActions,
				"/sandbox/calendar/events", records::calendarEvents, "/sandbox/proof/transactions",
				records::transactions, "/sandbox/messages", records::messages, "/sandbox/emails", emails::all);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			Matcher attachment = ATTACHMENT.matcher(exchange.getRequestURI().getRawPath());
			if (method.equals("DELETE") && (path.equals("/sandbox") || path.equals("/sandbox/"))) {
				records.forget();
				emails.forget();
				Exchanges.empty(exchange, 204);
			}
			else if (method.equals("GET") && lists.containsKey(path)) {
				Exchanges.answer(exchange, 200, lists.get(path).get());
			}
			else if (method.equals("GET") && attachment.matches()) {
				serve(exchange, decoded(attachment.group(1)), decoded(attachment.group(2)));
			}
			else {
				Exchanges.error(exchange, 404, "the sandbox shows " + lists.keySet().stream().sorted().toList()
						+ " and /sandbox/emails/{id}/attachments/{name}");
			}
		}
	}

	private void serve(HttpExchange exchange, String emailId, String name) throws IOException {
		Optional<MailParts.Attachment> file = emails.attachment(emailId, name);
		if (file.isPresent()) {
			Exchanges.bytes(exchange, 200, file.get().contentType(), file.get().content());
		}
		else if (!emails.exists(emailId)) {
			Exchanges.error(exchange, 404, "no email " + emailId + " (GET /sandbox/emails lists them with their ids)");
		}
		else {
			Exchanges.error(exchange, 404, "email " + emailId + " has no attachment " + name
					+ " whose bytes were kept (at most " + MailParts.MAX_ATTACHMENT_BYTES + " bytes each)");
		}
	}

	/** A path segment as sent, so a file name may hold an encoded slash or plus. */
	private static String decoded(String segment) {
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
