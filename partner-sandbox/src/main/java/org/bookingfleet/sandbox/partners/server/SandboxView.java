package org.bookingfleet.sandbox.partners.server;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import org.bookingfleet.sandbox.partners.mail.CapturedEmails;
import org.bookingfleet.sandbox.partners.record.PartnerRecords;

/** What the partners received, as JSON lists for people and tests; {@code DELETE /sandbox} forgets it all. */
final class SandboxView implements HttpHandler {

	private final PartnerRecords records;

	private final CapturedEmails emails;

	private final Map<String, Supplier<Object>> lists;

	SandboxView(PartnerRecords records, CapturedEmails emails) {
		this.records = records;
		this.emails = emails;
		this.lists = Map.of(
				"/sandbox/ghl/contacts", records::contacts,
				"/sandbox/ghl/actions", records::crmActions,
				"/sandbox/calendar/events", records::calendarEvents,
				"/sandbox/proof/transactions", records::transactions,
				"/sandbox/messages", records::messages,
				"/sandbox/emails", emails::all);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			if (method.equals("DELETE") && (path.equals("/sandbox") || path.equals("/sandbox/"))) {
				records.forget();
				emails.forget();
				Exchanges.empty(exchange, 204);
			}
			else if (method.equals("GET") && lists.containsKey(path)) {
				Exchanges.answer(exchange, 200, lists.get(path).get());
			}
			else {
				Exchanges.error(exchange, 404, "the sandbox shows " + lists.keySet().stream().sorted().toList());
			}
		}
	}

}
